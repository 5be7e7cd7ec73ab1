package app.limber.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;




import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.limber.testing.contracts.ContractResources;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.limber.catalog.messaging.ErasureConfirmations;
import app.limber.catalog.messaging.ExerciseEvents;

/**
 * The catalog keeps its own vocabulary enums and event constants (services share infrastructure, never domain).
 * This holds them to {@code limber-contracts}, so that a slug added to, renamed in or dropped from either side
 * fails the build instead of producing events other services reject.
 */
class ContractVocabularyTest {

    private static final JsonNode EVENTS = ContractResources.json("limber/contracts/events.json");
    private static final JsonNode TOPICS = ContractResources.json("limber/contracts/topics.json");
    private static final JsonNode COMMON = ContractResources.json("limber/contracts/schemas/limber.common.v1.schema.json");

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of("category", Category.class),
                Arguments.of("equipment", Equipment.class),
                Arguments.of("position", Position.class),
                Arguments.of("purpose", Purpose.class),
                Arguments.of("targetArea", TargetArea.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    <T extends Enum<T> & Term> void eachEnumHoldsExactlyTheSlugsOfTheCommonSchema(String definition, Class<T> terms) {
        JsonNode values = COMMON.path("$defs").path(definition).path("enum");
        Set<String> contract = new TreeSet<>();
        values.forEach(value -> contract.add(value.asText()));
        Set<String> catalog = Arrays.stream(terms.getEnumConstants()).map(Term::slug).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(values.size(), contract.size(), definition + " repeats a value in limber-contracts");
        assertEquals(terms.getEnumConstants().length, catalog.size(), terms.getSimpleName() + " repeats a slug");
        assertEquals(Set.of(), difference(contract, catalog), definition + ": in limber-contracts, not in " + terms.getSimpleName());
        assertEquals(Set.of(), difference(catalog, contract), definition + ": in " + terms.getSimpleName() + ", not in limber-contracts");
    }

    @Test
    void theCatalogPublishesExactlyTheEventTypesTheContractsGiveItOnItsTopic() {
        Set<String> contractTypes = new TreeSet<>();
        for (JsonNode event : EVENTS.path("events")) {
            if (Arrays.asList(event.path("producer").asText().split(", ")).contains("catalog")) {
                String type = event.path("type").asText();
                contractTypes.add(type);
                assertEquals(ErasureConfirmations.CONFIRMED.equals(type) ? ErasureConfirmations.CONFIRMATION_TOPIC
                        : ExerciseEvents.TOPIC, event.path("topic").asText(), type + " topic");
            }
        }
        assertEquals(new TreeSet<>(Set.of(ExerciseEvents.UPSERTED, ExerciseEvents.RETIRED, ErasureConfirmations.CONFIRMED)),
                contractTypes, "event types: ExerciseEvents and ErasureConfirmations vs limber-contracts' producer catalog");
    }

    @Test
    void theCatalogTopicIsProvisioned() {
        Set<String> provisioned = new TreeSet<>();
        TOPICS.path("topics").forEach(topic -> provisioned.add(topic.path("name").asText()));
        assertTrue(provisioned.contains(ExerciseEvents.TOPIC), ExerciseEvents.TOPIC + " in topics.json " + provisioned);
    }

    private static Set<String> difference(Set<String> these, Set<String> without) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(without);
        return rest;
    }
}
