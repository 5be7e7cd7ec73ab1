package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Work on one connection in one transaction: committed when it returns, rolled back when it throws. */
public final class WriteTransaction {

    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private WriteTransaction() {
    }

    public static <T> T run(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what, e);
        }
    }
}
