package app.limber.progress.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * fields from their payloads and leaves the type's own, in their order. Runs the migrations on a database of its own.
 */
@QuarkusTest
class MilestoneDetailsMigrationTest {

    @Test
    void aPayloadRecordedBeforeV28KeepsOnlyItsOwnFieldsInOrder() throws Exception {
        String database = "milestone_v28_" + UUID.randomUUID().toString().replace("-", "");
        Database.execute("create database " + database);
        try {
            String url = LimberTestResource.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
            migrate(url, "27");
            UUID id = UUID.randomUUID();
            UUID plan = UUID.randomUUID();
            update(url, "insert into milestone (id, user_id, key_text, type, plan_id, occurrence, active, payload,"
                    + " local_date, recorded_at, published, withheld_reason, period_first, period_last) values (?, 'ana',"
                    + " ?, 'week-target-met', ?, 1, true, ?::json, date '2026-11-08', now(), false, 'outside-window',"
                    + " date '2026-11-02', date '2026-11-08')",
                    id, "week-target-met|" + plan + "|2026-W45", plan,
                    "{\"eventId\":\"" + id + "\",\"occurredAt\":\"2026-11-08T19:00:00Z\",\"userId\":\"ana\","
                            + "\"milestoneId\":\"" + id + "\",\"planId\":\"" + plan + "\",\"week\":\"2026-W45\","
                            + "\"done\":3,\"target\":3}");
            migrate(url, "28");

            JsonNode details = new ObjectMapper().readTree(text(url, "select details::text from milestone"));
            List<String> names = new ArrayList<>();
            details.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("planId", "week", "done", "target"), names, details.toString());
            assertEquals(plan.toString(), details.path("planId").asText());
            assertEquals(3, details.path("done").asInt());
        } finally {
            Database.execute("drop database " + database + " with (force)");
        }
    }

    private static void migrate(String url, String version) {
        Flyway.configure().dataSource(url, LimberTestResource.jdbcUser(), LimberTestResource.jdbcPassword())
                .locations("classpath:db/migration").target(version).load().migrate();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, LimberTestResource.jdbcUser(), LimberTestResource.jdbcPassword());
    }

    private static void update(String url, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(url); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate());
        }
    }

    private static String text(String url, String sql) throws SQLException {
        try (Connection connection = connect(url); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
