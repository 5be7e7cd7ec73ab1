package app.limber.routine.messaging;

import app.limber.routine.support.CatalogEvents;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.limber.routine.support.CatalogEvents.RETIRED;
import static app.limber.routine.support.CatalogEvents.UPSERTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** catalog.exercise-events -> the local catalog_exercise table. */
@QuarkusTest
class CatalogReadModelTest {

    @Test
    void appliesEveryContractExample() {
        for (String json : EventContracts.examples(UPSERTED)) {
            CatalogEvents.send(UPSERTED, EventContracts.key(UPSERTED, json), json);
        }
        for (String json : EventContracts.examples(RETIRED)) {
            CatalogEvents.send(RETIRED, EventContracts.key(RETIRED, json), json);
        }
        CatalogEvents.awaitRow("clamshells", r -> "Clamshells".equals(r.name()));
        CatalogEvents.awaitRow("half-pigeon", r -> r.version() >= 2 && "Half Pigeon".equals(r.name()));
        CatalogEvents.awaitRow("sumo-squat", r -> r.retired() && r.version() >= 3);
    }

    @Test
    void ignoresOlderVersionsAndAlreadyAppliedEvents() {
        String slug = CatalogEvents.uniqueSlug("order");
        String third = CatalogEvents.testExercise(slug, 3, "Third");
        String first = CatalogEvents.testExercise(slug, 1, "First");
        String replayOfThird = third.replace("\"version\":3", "\"version\":5").replace("Third", "Replayed");
        CatalogEvents.send(UPSERTED, slug, third);
        CatalogEvents.send(UPSERTED, slug, first);
        CatalogEvents.send(UPSERTED, slug, replayOfThird);
        // ignored events are recorded as handled too, in order: once the last one is, all were read
        String second = CatalogEvents.testExercise(slug, 2, "Second");
        CatalogEvents.send(UPSERTED, slug, second);
        awaitProcessed(eventId(third), eventId(first), eventId(second));
        CatalogEvents.Row row = CatalogEvents.row(slug).orElseThrow();
        assertEquals(3, row.version());
        assertEquals("Third", row.name());
    }

    @Test
    void retirementMarksTheExerciseAndAnOlderSnapshotCannotReviveIt() {
        String slug = CatalogEvents.uniqueSlug("retire");
        CatalogEvents.send(UPSERTED, slug, CatalogEvents.testExercise(slug, 1, "Soon Gone"));
        CatalogEvents.send(RETIRED, slug, CatalogEvents.retirement(slug, 2));
        String stale = CatalogEvents.testExercise(slug, 1, "Stale Copy");
        String sameVersion = CatalogEvents.testExercise(slug, 2, "Same Version");
        CatalogEvents.send(UPSERTED, slug, stale);
        CatalogEvents.send(UPSERTED, slug, sameVersion);
        awaitProcessed(eventId(stale), eventId(sameVersion));
        CatalogEvents.Row row = CatalogEvents.row(slug).orElseThrow();
        assertTrue(row.retired());
        assertEquals(2, row.version());
        assertEquals("Soon Gone", row.name());
    }

    @Test
    void aRetirementOfAnUnseenSlugKeepsOlderSnapshotsOut() {
        String slug = CatalogEvents.uniqueSlug("tombstone");
        CatalogEvents.send(RETIRED, slug, CatalogEvents.retirement(slug, 7));
        CatalogEvents.send(UPSERTED, slug, CatalogEvents.testExercise(slug, 6, "Older"));
        CatalogEvents.send(UPSERTED, slug, CatalogEvents.testExercise(slug, 8, "Recreated"));
        CatalogEvents.Row row = CatalogEvents.awaitRow(slug, r -> r.version() == 8);
        assertEquals("Recreated", row.name());
        assertTrue(!row.retired(), "a newer snapshot brings a retired exercise back");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsApplied() {
        String slug = CatalogEvents.uniqueSlug("poison");
        Map<String, String> upsertHeaders = Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", UPSERTED, "ce_source", "/catalog-service");
        CatalogEvents.sendRaw(slug, "{not json", upsertHeaders);
        CatalogEvents.sendRaw(slug, CatalogEvents.testExercise(slug, 1, "Odd"),
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "limber.exercise.renamed.v1"));
        CatalogEvents.sendRaw(slug, CatalogEvents.testExercise(slug, 1, "No Id").replaceFirst("\"eventId\":\"[^\"]+\",", ""),
                upsertHeaders);
        CatalogEvents.send(UPSERTED, slug, CatalogEvents.testExercise(slug, 1, "Good"));

        List<ConsumerRecord<String, String>> dead = KafkaTopicProbe.awaitRecords(CatalogEvents.TOPIC + ".dlq",
                r -> slug.equals(r.key()), 3, CatalogEvents.DEADLINE);
        List<String> reasons = dead.stream().map(r -> KafkaTopicProbe.header(r, "dead-letter-reason")).toList();
        assertEquals(List.of("value is not valid JSON", "unknown event type limber.exercise.renamed.v1", "missing eventId"),
                reasons);
        assertTrue(dead.stream().allMatch(r -> CatalogEvents.TOPIC.equals(KafkaTopicProbe.header(r, "dead-letter-topic"))));
        assertEquals("Good", CatalogEvents.awaitRow(slug, r -> r.version() == 1).name());
    }

    private static UUID eventId(String json) {
        return UUID.fromString(json.replaceAll("(?s).*\"eventId\":\"([^\"]+)\".*", "$1"));
    }

    private static void awaitProcessed(UUID... eventIds) {
        Awaitility.await().atMost(CatalogEvents.DEADLINE).until(() -> List.of(eventIds).stream().allMatch(CatalogReadModelTest::processed));
    }

    private static boolean processed(UUID eventId) {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select 1 from processed_event where event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
