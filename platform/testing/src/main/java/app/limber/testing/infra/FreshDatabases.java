package app.limber.testing.infra;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;

/** Creates (and drops) uniquely named databases on a {@link DatabaseServer}. */
final class FreshDatabases {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FreshDatabases() {
    }

    /** A new, empty database named {@code <prefix>_<random>}; returns its name. */
    static String create(DatabaseServer server, String prefix) {
        String name = uniqueName(prefix);
        execute(server, "CREATE DATABASE " + name);
        return name;
    }

    static void drop(DatabaseServer server, String name) {
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The server's maintenance URL with its database replaced by {@code database}; query parameters kept. */
    static String urlOf(DatabaseServer server, String database) {
        String url = server.maintenanceUrl();
        int hostStart = url.indexOf("//");
        int pathStart = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
        if (pathStart < 0) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host/database URL: " + url);
        }
        int query = url.indexOf('?', pathStart);
        return url.substring(0, pathStart + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    // Only [a-z0-9_] so that the name needs no quoting and matches what the services' config may log.
    static String uniqueName(String prefix) {
        String safe = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (safe.isEmpty() || !Character.isLetter(safe.charAt(0))) {
            safe = "db_" + safe;
        }
        byte[] random = new byte[5];
        RANDOM.nextBytes(random);
        return safe + "_" + HexFormat.of().formatHex(random);
    }

    private static void execute(DatabaseServer server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.maintenanceUrl(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on " + server.maintenanceUrl() + ": " + sql, e);
        }
    }
}
