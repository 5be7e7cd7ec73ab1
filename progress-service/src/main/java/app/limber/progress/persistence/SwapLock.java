package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A transaction-scoped PostgreSQL advisory lock between live batches (shared: they run side by side, on any
 * instance) and the swap of rebuilt tables (exclusive: it waits for running batches and holds new ones back
 * until the swapped tables are committed). Every live batch takes it first, so it cannot deadlock with the
 * table locks of the swap.
 */
public final class SwapLock {

    private static final long KEY = 0x70726f6772657373L; // "progress"

    private SwapLock() {
    }

    public static void shared(Connection connection) throws SQLException {
        take(connection, "select pg_advisory_xact_lock_shared(?)");
    }

    public static void exclusive(Connection connection) throws SQLException {
        take(connection, "select pg_advisory_xact_lock(?)");
    }

    private static void take(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
