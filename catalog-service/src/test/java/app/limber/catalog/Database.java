package app.limber.catalog;

import app.limber.testing.LimberTestResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL on the running application's database, for what HTTP cannot show (the outbox). */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(LimberTestResource.jdbcUrl(), LimberTestResource.jdbcUser(),
                LimberTestResource.jdbcPassword());
    }

    public static long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long outboxEvents(String slug) {
        return count("select count(*) from outbox_event where record_key = ?", slug);
    }

    public static long pendingOutboxEvents(String slug) {
        return count("select count(*) from outbox_event where record_key = ? and published_at is null", slug);
    }
}
