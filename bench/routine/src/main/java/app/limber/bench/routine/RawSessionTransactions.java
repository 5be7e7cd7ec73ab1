package app.limber.bench.routine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What POST /sessions does in its transaction, without HTTP, JSON, security and Hibernate: read the routine and
 * the exercises, insert the session and its outbox row, commit. The outbox rows are inserted as already published
 * so the relay leaves them alone; every row is deleted afterwards.
 */
final class RawSessionTransactions {

    private final BenchSettings settings;
    private final String user;

    RawSessionTransactions(BenchSettings settings, String runId) {
        this.settings = settings;
        this.user = "bench-raw-" + runId;
    }

    /** Transactions per second on {@code threadCount} connections for the configured seconds. */
    double perSecond(int threadCount) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.rawSeconds());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = connect()) {
                    run(c, end, done);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        deleteRows();
        return done.get() / (double) settings.rawSeconds();
    }

    private void run(Connection c, long end, AtomicLong done) throws SQLException {
        c.setAutoCommit(false);
        PreparedStatement routine = c.prepareStatement("select id, purpose, visibility, owner_id, items from routine where id = ?");
        PreparedStatement exercises = c.prepareStatement("select slug, target_areas from catalog_exercise where slug = any(?)");
        PreparedStatement session = c.prepareStatement("""
                insert into training_session (id, user_id, routine_id, plan_id, purpose, started_at, completed_at,
                  time_zone, local_date, duration_seconds, effort, exercises, idempotency_key, request_hash, created_at)
                values (?, ?, ?, null, 'warm-up', ?, ?, 'Europe/Berlin', ?, 600, 5, ?::jsonb, ?, ?, now())""");
        PreparedStatement outbox = c.prepareStatement("""
                insert into outbox_event (event_id, topic, record_key, event_type, payload, occurred_at, published_at)
                values (?, 'routine.session-events', ?, 'limber.session.completed.v1', ?::jsonb, now(), now())""");
        while (System.nanoTime() < end) {
            routine.setObject(1, SessionBody.ROUTINE);
            drain(routine.executeQuery());
            exercises.setArray(1, c.createArrayOf("text", new String[] {"leg-swings", "clamshells"}));
            drain(exercises.executeQuery());
            Instant completed = Instant.now().minusSeconds(60);
            session.setObject(1, UUID.randomUUID());
            session.setString(2, user);
            session.setObject(3, SessionBody.ROUTINE);
            session.setTimestamp(4, Timestamp.from(completed.minusSeconds(600)));
            session.setTimestamp(5, Timestamp.from(completed));
            session.setObject(6, LocalDate.ofInstant(completed, ZoneOffset.UTC));
            session.setString(7, "[{\"exerciseSlug\":\"leg-swings\",\"side\":\"both\",\"setsDone\":1,\"repsDone\":12,\"holdSeconds\":0,\"completed\":true}]");
            session.setString(8, UUID.randomUUID().toString());
            session.setString(9, "0".repeat(64));
            session.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, user);
            outbox.setString(3, SessionBody.json());
            outbox.executeUpdate();
            c.commit();
            done.incrementAndGet();
        }
    }

    private void deleteRows() throws SQLException {
        try (Connection c = connect();
             PreparedStatement sessions = c.prepareStatement("delete from training_session where user_id = ?");
             PreparedStatement outbox = c.prepareStatement("delete from outbox_event where record_key = ?")) {
            sessions.setString(1, user);
            sessions.executeUpdate();
            outbox.setString(1, user);
            outbox.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    }

    private static void drain(ResultSet rows) throws SQLException {
        try (rows) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }
}
