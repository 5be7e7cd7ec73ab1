package app.limber.progress.messaging;

import app.limber.platform.privacy.UserKeyRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;




import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import app.limber.testing.contracts.ContractResources;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Progress keeps its own copy of the event vocabulary (services share infrastructure, never domain). This holds
 * the copy to {@code limber-contracts}, so that a value added to, renamed in or dropped from either side fails
 * the build instead of dead-lettering real events.
 */
class ContractVocabularyTest {

    private static final JsonNode EVENTS = ContractResources.json("limber/contracts/events.json");
    private static final JsonNode TOPICS = ContractResources.json("limber/contracts/topics.json");
    private static final JsonNode COMMON = ContractResources.json("limber/contracts/schemas/limber.common.v1.schema.json");

    @Test
    void progressReadsEveryEventTypeOnItsTopicsAndEveryTypeAddressedToIt() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonNode event : EVENTS.path("events")) {
            String topic = event.path("topic").asText();
            if (ErasureConsumer.TOPIC.equals(topic)) {
                assertEquals(ErasureConsumer.REQUESTED, event.path("type").asText(), "the one type on " + topic);
                assertTrue(contains(event.path("consumers"), "progress"), topic + " is read by ErasureConsumer");
                continue;
            }
            if (UserKeyRecord.TOPIC.equals(topic)) {
                assertEquals(UserKeyRecord.TYPE, event.path("type").asText(), "the one type on " + topic);
                assertTrue(contains(event.path("consumers"), "progress"), topic + " is read by Keyring");
                continue;
            }
            if (contains(event.path("consumers"), "progress") || TopicReaders.TOPICS.contains(topic)) {
                expected.computeIfAbsent(topic, t -> new TreeSet<>()).add(event.path("type").asText());
            }
        }
        Map<String, Set<String>> read = new TreeMap<>();
        EventReader.TYPES_BY_TOPIC.forEach((topic, types) -> read.put(topic, new TreeSet<>(types)));
        assertEquals(expected, read, "event types per topic: limber-contracts vs EventReader");
        assertEquals(expected.keySet(), new TreeSet<>(TopicReaders.TOPICS), "topics: limber-contracts vs TopicReaders");
    }

    @Test
    void theTopicsProgressReadsAndTheirDeadLetterTopicsAreProvisioned() {
        Set<String> provisioned = new TreeSet<>();
        TOPICS.path("topics").forEach(topic -> provisioned.add(topic.path("name").asText()));
        assertEquals(Set.of(), difference(TopicReaders.TOPICS, provisioned), "topics read but not in topics.json");
        assertEquals(TOPICS.path("deadLetterSuffix").asText(), DeadLetters.SUFFIX, "dead-letter suffix");
    }

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of("purpose", EventReader.PURPOSES),
                Arguments.of("side", EventReader.SIDES),
                Arguments.of("targetArea", EventReader.AREAS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void eachEnumHoldsExactlyTheValuesOfTheCommonSchema(String definition, Set<String> progressValues) {
        JsonNode values = COMMON.path("$defs").path(definition).path("enum");
        Set<String> contract = new TreeSet<>();
        values.forEach(value -> contract.add(value.asText()));
        assertEquals(values.size(), contract.size(), definition + " repeats a value in limber-contracts");
        assertEquals(Set.of(), difference(contract, progressValues), definition + ": in limber-contracts, not in progress");
        assertEquals(Set.of(), difference(progressValues, contract), definition + ": in progress, not in limber-contracts");
    }

    private static Set<String> difference(Iterable<String> these, Set<String> without) {
        Set<String> rest = new TreeSet<>();
        these.forEach(rest::add);
        rest.removeAll(without);
        return rest;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }
}
