package app.limber.catalog.fuzz;

import app.limber.testing.Database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Everything a write could have left behind: every exercise row (hashed) and the number of outbox events, read
 * over one connection for a whole fuzz run.
 */
final class CatalogState implements AutoCloseable {

    private static final String SNAPSHOT = "select (select count(*) || ':' || coalesce(md5(string_agg(e::text, ',' order by e.slug)), '')"
            + " from exercise e) || ' outbox:' || (select count(*) from outbox_event)";

    private final Connection connection;

    private CatalogState(Connection connection) {
        this.connection = connection;
    }

    static CatalogState open() {
        try {
            return new CatalogState(Database.connect());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String snapshot() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(SNAPSHOT)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
