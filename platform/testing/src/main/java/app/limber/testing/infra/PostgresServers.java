package app.limber.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.testcontainers.containers.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The three ways to get a PostgreSQL server for tests. */
final class PostgresServers {

    static final String IMAGE = "postgres:17";

    private PostgresServers() {
    }

    /** Real PostgreSQL binaries (pinned by the parent pom) run as a child process; trust authentication. */
    static PostgresServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            return new PostgresServer(url, "postgres", "postgres", true, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    static PostgresServer container() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
        container.start();
        return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(), true,
                container::stop);
    }

    /** The URL's database is only used to run {@code CREATE DATABASE}; tests get databases of their own. */
    static PostgresServer external(String url, String user, String password) {
        return new PostgresServer(url, user, password, false, () -> {
        });
    }
}
