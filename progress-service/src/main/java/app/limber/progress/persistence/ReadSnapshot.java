package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Reads in one read-only snapshot, so that a batch committing meanwhile is seen whole or not at all. */
final class ReadSnapshot {

    interface InConnection<T> {
        T run(Connection connection) throws SQLException;
    }

    private ReadSnapshot() {
    }

    static <T> T read(DataSource dataSource, InConnection<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read progress", e);
        }
    }
}
