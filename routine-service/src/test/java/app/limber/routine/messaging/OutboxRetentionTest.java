package app.limber.routine.messaging;

import app.limber.platform.outbox.OutboxRelay;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Published events leave the table once older than the retention (24 h); younger ones stay. (Pending events are
 * never candidates: the delete requires a publication time. One cannot be planted here without the relay
 * trying to publish it.)
 */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    OutboxRelay relay;

    @Test
    void publishedEventsOlderThanTheRetentionAreDeletedAndNothingElse() throws SQLException {
        try (Connection c = connect()) {
            // the oldest rows of the table, as events published two days and two hours ago would be
            UUID twoDaysOld = insertBelowEveryId(c, "now() - interval '2 days'", "now() - interval '2 days'");
            UUID twoHoursOld = insertBelowEveryId(c, "now() - interval '2 hours'", "now() - interval '2 hours'");

            relay.purgePublished();

            assertFalse(exists(c, twoDaysOld), "published two days ago: past the 24 h retention");
            assertTrue(exists(c, twoHoursOld), "published two hours ago: kept");
            delete(c, twoHoursOld);
        }
    }

    /** Inserts an event with an id below every other, as the oldest rows of a long-running table have. */
    private static UUID insertBelowEveryId(Connection c, String createdAt, String publishedAt) throws SQLException {
        UUID eventId = UUID.randomUUID();
        String sql = """
                insert into outbox_event (id, event_id, topic, record_key, event_type, payload, occurred_at, created_at, published_at)
                overriding system value
                select coalesce(min(id), 1) - 1, ?, 'test.retention', 'retention', 'test.retention.v1', '{}'::jsonb, %s, %s, %s
                from outbox_event""".formatted(createdAt, createdAt, publishedAt);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, eventId);
            s.executeUpdate();
        }
        return eventId;
    }

    private static boolean exists(Connection c, UUID eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from outbox_event where event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }

    private static void delete(Connection c, UUID... eventIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from outbox_event where event_id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", eventIds));
            s.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        return Database.connect();
    }
}
