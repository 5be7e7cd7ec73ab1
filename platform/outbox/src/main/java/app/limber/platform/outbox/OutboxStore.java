package app.limber.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SQL over the {@code outbox_event} table, which this module ships as the Flyway migration
 * {@code db/outbox/V1__outbox.sql} (a service adds {@code db/outbox} to {@code quarkus.flyway.locations}).
 * Connections come from the service's datasource, so they join whatever JTA transaction is active on the thread.
 */
@ApplicationScoped
class OutboxStore {

    private final AgroalDataSource dataSource;

    OutboxStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(OutboxEvent event) {
        String sql = """
                insert into outbox_event (event_id, topic, record_key, event_type, payload, occurred_at)
                values (?, ?, ?, ?, ?::jsonb, ?)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, event.eventId());
            s.setString(2, event.topic());
            s.setString(3, event.key());
            s.setString(4, event.type());
            s.setString(5, event.payloadJson());
            s.setTimestamp(6, Timestamp.from(event.occurredAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("could not append event " + event.eventId(), e);
        }
    }

    /**
     * Inserts the events on the caller's connection, in the list's order (ids ascend with it, and the relay publishes
     * a key's events in id order).
     */
    void insertAll(Connection c, List<OutboxEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        String sql = """
                insert into outbox_event (event_id, topic, record_key, event_type, payload, occurred_at)
                select e, t, k, y, p, o
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::jsonb[], ?::timestamptz[])
                     with ordinality as v(e, t, k, y, p, o, n)
                order by n""";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", events.stream().map(OutboxEvent::eventId).toArray()));
            s.setArray(2, c.createArrayOf("text", events.stream().map(OutboxEvent::topic).toArray()));
            s.setArray(3, c.createArrayOf("text", events.stream().map(OutboxEvent::key).toArray()));
            s.setArray(4, c.createArrayOf("text", events.stream().map(OutboxEvent::type).toArray()));
            s.setArray(5, c.createArrayOf("text", events.stream().map(OutboxEvent::payloadJson).toArray()));
            s.setArray(6, c.createArrayOf("text", events.stream().map(e -> e.occurredAt().toString()).toArray()));
            s.executeUpdate();
        }
    }

    /**
     * Locks the oldest pending events. Several relays may run (one per service instance): SKIP LOCKED
     * lets them share the work, and a key whose earlier event another relay holds is left to that
     * relay, so that events of one key are never published out of order.
     */
    List<PendingEvent> lockPendingBatch(int limit) {
        String sql = """
                select id, event_id, topic, record_key, event_type, payload::text, occurred_at, created_at
                from outbox_event where published_at is null
                order by id limit ? for update skip locked""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, limit);
            List<PendingEvent> batch = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    OutboxEvent event = new OutboxEvent(r.getObject(2, UUID.class), r.getString(3), r.getString(4),
                            r.getString(5), r.getTimestamp(7).toInstant(), r.getString(6));
                    batch.add(new PendingEvent(r.getLong(1), event, r.getTimestamp(8).toInstant()));
                }
            }
            Set<String> heldElsewhere = keysWithEarlierPendingEvents(c, batch);
            batch.removeIf(p -> heldElsewhere.contains(p.event().key()));
            return batch;
        } catch (SQLException e) {
            throw new OutboxException("could not read pending events", e);
        }
    }

    private Set<String> keysWithEarlierPendingEvents(Connection c, List<PendingEvent> batch) throws SQLException {
        Map<String, Long> firstIdPerKey = new LinkedHashMap<>();
        batch.forEach(p -> firstIdPerKey.putIfAbsent(p.event().key(), p.id()));
        if (firstIdPerKey.isEmpty()) {
            return Set.of();
        }
        String sql = """
                select distinct b.record_key
                from unnest(?, ?) as b(record_key, first_id)
                join outbox_event e on e.record_key = b.record_key
                where e.published_at is null and e.id < b.first_id""";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Array keys = c.createArrayOf("text", firstIdPerKey.keySet().toArray());
            Array ids = c.createArrayOf("bigint", firstIdPerKey.values().toArray());
            s.setArray(1, keys);
            s.setArray(2, ids);
            Set<String> held = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    held.add(r.getString(1));
                }
            }
            return held;
        }
    }

    void markPublished(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update outbox_event set published_at = now() where id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("could not mark events published", e);
        }
    }

    /**
     * Deletes published events older than {@code cutoff} among the {@code limit} oldest rows. Looking only at the
     * oldest rows (the primary key's order) keeps each call to a short index range however large the table is;
     * rows publish roughly in id order, so the old published ones are found there. An old event still pending
     * stays, and is reported by the readiness check instead.
     */
    int deletePublishedBefore(Instant cutoff, int limit) {
        String sql = """
                delete from outbox_event o
                using (select id from outbox_event order by id limit ?) oldest
                where o.id = oldest.id and o.published_at < ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, limit);
            s.setTimestamp(2, Timestamp.from(cutoff));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("could not delete published events", e);
        }
    }

    PendingStats pendingStats() {
        String sql = """
                select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                from outbox_event where published_at is null""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return new PendingStats(r.getLong(1), Duration.ofMillis(Math.round(r.getDouble(2) * 1000)));
        } catch (SQLException e) {
            throw new OutboxException("could not count pending events", e);
        }
    }
}
