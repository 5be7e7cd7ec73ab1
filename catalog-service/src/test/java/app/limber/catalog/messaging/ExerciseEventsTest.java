package app.limber.catalog.messaging;

import app.limber.catalog.Exercises;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.contracts.EventContracts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.limber.catalog.Exercises.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Each change publishes one event that honours its contract, in order per exercise. */
@QuarkusTest
class ExerciseEventsTest {

    static final String TOPIC = "catalog.exercise-events";
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<ConsumerRecord<String, String>> awaitEvents(String slug, int count) {
        return KafkaTopicProbe.awaitRecords(TOPIC, r -> slug.equals(r.key()), count, DEADLINE);
    }

    static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static void assertHonoursContract(ConsumerRecord<String, String> record) {
        String type = KafkaTopicProbe.header(record, "ce_type");
        EventContracts.assertValid(type, record.value());
        assertEquals(EventContracts.key(type, record.value()), record.key());
        assertEquals(json(record).get("eventId").asText(), KafkaTopicProbe.header(record, "ce_id"));
        assertEquals("/catalog-service", KafkaTopicProbe.header(record, "ce_source"));
        assertEquals("1.0", KafkaTopicProbe.header(record, "ce_specversion"));
        assertNotNull(KafkaTopicProbe.header(record, "ce_time"));
    }

    @Test
    void createUpdateRetirePublishThreeEventsInOrder() {
        String slug = Exercises.uniqueSlug("evented-walk");
        Map<String, Object> body = Exercises.body(slug);
        Exercises.create(body);
        body.put("prescription", Map.of("sets", Exercises.range(3, 3), "durationSeconds", Exercises.range(30, 45)));
        Exercises.put(slug, "\"1\"", body).then().statusCode(200);
        asAdmin().delete("/exercises/" + slug).then().statusCode(204);

        List<ConsumerRecord<String, String>> events = awaitEvents(slug, 3);
        events.forEach(ExerciseEventsTest::assertHonoursContract);
        assertEquals(List.of("limber.exercise.upserted.v1", "limber.exercise.upserted.v1", "limber.exercise.retired.v1"),
                events.stream().map(r -> KafkaTopicProbe.header(r, "ce_type")).toList());
        assertEquals(List.of(1, 2, 3), List.of(json(events.get(0)).at("/exercise/version").asInt(),
                json(events.get(1)).at("/exercise/version").asInt(), json(events.get(2)).get("version").asInt()));
        // one key, one partition: consumers see them in this order
        assertEquals(1, events.stream().map(ConsumerRecord::partition).distinct().count());
    }

    @Test
    void theSnapshotCarriesWhatReadersNeed() {
        String slug = Exercises.uniqueSlug("snapshot-walk");
        Exercises.create(Exercises.body(slug));
        JsonNode exercise = json(awaitEvents(slug, 1).get(0)).get("exercise");
        assertEquals(slug, exercise.get("slug").asText());
        assertEquals("strength", exercise.get("category").asText());
        assertEquals("[\"glutes\",\"abductors\"]", exercise.get("targetAreas").toString());
        assertEquals("[\"resistance-band\"]", exercise.get("equipment").toString());
        assertEquals(tree("{\"sets\":{\"min\":2,\"max\":3},\"reps\":{\"min\":10,\"max\":12},\"perSide\":false}"),
                exercise.get("prescription"));
        // the snapshot is exactly the contract's fields, no editorial text
        assertFalse(exercise.has("steps") || exercise.has("summary") || exercise.has("retired"));
    }

    @Test
    void refusedAndNoOpWritesPublishNothing() {
        String slug = Exercises.uniqueSlug("quiet-walk");
        Map<String, Object> body = Exercises.body(slug);
        Exercises.create(body);
        Exercises.put(slug, "\"1\"", body).then().statusCode(200);           // same content
        Exercises.put(slug, "\"9\"", Exercises.body(slug)).then().statusCode(412);
        body.put("name", "");
        Exercises.put(slug, "\"1\"", body).then().statusCode(400);
        body.put("name", "Quiet walk, really changed");
        Exercises.put(slug, "\"1\"", body).then().statusCode(200);           // the only change

        List<ConsumerRecord<String, String>> events = awaitEvents(slug, 2);
        assertEquals(List.of(1, 2), events.stream().map(r -> json(r).at("/exercise/version").asInt()).toList());
        assertEquals(2, KafkaTopicProbe.recordsUntilNow(TOPIC, DEADLINE).stream().filter(r -> slug.equals(r.key())).count());
    }

    @Test
    void theSeedPublishedEveryExercise() {
        List<String> seeded = List.of("single-leg-deadlift", "it-band-foam-roll", "90-90-hip-switches", "head-to-knee-stretch");
        for (String slug : seeded) {
            ConsumerRecord<String, String> first = awaitEvents(slug, 1).get(0);
            assertHonoursContract(first);
            assertEquals("limber.exercise.upserted.v1", KafkaTopicProbe.header(first, "ce_type"));
        }
    }
}
