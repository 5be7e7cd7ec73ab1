package app.limber.progress.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import app.limber.testing.Database;
import app.limber.testing.LimberTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rows recorded before milestones kept their details alone still read as the feed shows them: V28 strips the common
 * fields from their payloads and leaves the type's own, in their order. Runs the migrations in a schema of its own.
 */
@QuarkusTest
class MilestoneDetailsMigrationTest {

    @Test
    void aPayloadRecordedBeforeV28KeepsOnlyItsOwnFieldsInOrder() throws Exception {
        String schema = "milestone_v28_" + UUID.randomUUID().toString().replace("-", "");
        try {
            migrate(schema, "27");
            UUID id = UUID.randomUUID();
            UUID plan = UUID.randomUUID();
            assertEquals(1, Database.update("insert into " + schema + ".milestone (id, user_id, key_text, type,"
                    + " plan_id, occurrence, active, payload, local_date, recorded_at, published, withheld_reason,"
                    + " period_first, period_last) values (?, 'ana', ?, 'week-target-met', ?, 1, true, ?::json,"
                    + " date '2026-11-08', now(), false, 'outside-window', date '2026-11-02', date '2026-11-08')",
                    id, "week-target-met|" + plan + "|2026-W45", plan,
                    "{\"eventId\":\"" + id + "\",\"occurredAt\":\"2026-11-08T19:00:00Z\",\"userId\":\"ana\","
                            + "\"milestoneId\":\"" + id + "\",\"planId\":\"" + plan + "\",\"week\":\"2026-W45\","
                            + "\"done\":3,\"target\":3}"));
            migrate(schema, "28");

            JsonNode details = new ObjectMapper().readTree(
                    Database.rows("select details::text from " + schema + ".milestone").get(0).get(0));
            List<String> names = new ArrayList<>();
            details.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("planId", "week", "done", "target"), names, details.toString());
            assertEquals(plan.toString(), details.path("planId").asText());
            assertEquals(3, details.path("done").asInt());
        } finally {
            Database.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static void migrate(String schema, String version) {
        Flyway.configure().dataSource(LimberTestResource.jdbcUrl(), LimberTestResource.jdbcUser(),
                LimberTestResource.jdbcPassword()).schemas(schema).locations("classpath:db/migration")
                .target(version).load().migrate();
    }
}
