package app.limber.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.testcontainers.containers.PostgreSQLContainer;

import app.limber.infra.PostgresServer;

/** The three ways to get a PostgreSQL server for tests. */
final class DatabaseServers {

    static final String IMAGE = "postgres:17";

    private DatabaseServers() {
    }

    /** The kit's embedded PostgreSQL (real binaries pinned by the parent pom) on a free port, its data deleted at exit. */
    static DatabaseServer embedded() {
        try {
            PostgresServer postgres = PostgresServer.temporary().start();
            return new DatabaseServer(postgres.jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD, true, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    static DatabaseServer container() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
        container.start();
        return new DatabaseServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(), true,
                container::stop);
    }

    /** The URL's database is only used to run {@code CREATE DATABASE}; tests get databases of their own. */
    static DatabaseServer external(String url, String user, String password) {
        return new DatabaseServer(url, user, password, false, () -> {
        });
    }
}
