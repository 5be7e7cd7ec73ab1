package app.limber.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * A real PostgreSQL (zonky's embedded binaries, run as a child process; trust authentication) whose data directory
 * survives {@link #stop()}: initdb runs only when the directory holds no cluster yet, and {@link #start()} brings
 * the server back on the same port with its data. A {@link #temporary()} server deletes its data on
 * {@link #close()}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    /**
     * Extra server settings for every embedded server this JVM starts, {@code name=value} pairs separated by
     * {@code ;}: a bench that wants {@code shared_preload_libraries=pg_stat_statements} sets it, tests leave it alone.
     */
    public static final String SETTINGS_PROPERTY = "limber.postgres.settings";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final Path log;
    private final boolean temporary;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, int port, Path log, boolean temporary) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = port == 0 ? Ports.anyFree() : port;
        this.log = log;
        this.temporary = temporary;
    }

    /**
     * @param dataDirectory where the cluster lives, kept between starts
     * @param port          0 picks a free one, kept for every later start
     * @param log           the server's output is appended here
     */
    public PostgresServer(Path dataDirectory, int port, Path log) {
        this(dataDirectory, port, log, false);
    }

    /** A server on a free port whose data lives in a temporary directory until {@link #close()}; its log goes to slf4j. */
    public static PostgresServer temporary() throws IOException {
        return new PostgresServer(Files.createTempDirectory("limber-postgres-"), 0, null, true);
    }

    public synchronized PostgresServer start() throws IOException {
        if (postgres != null) {
            throw new IllegalStateException("PostgreSQL on port " + port + " is already running");
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT);
        for (String setting : System.getProperty(SETTINGS_PROPERTY, "").split(";")) {
            int equals = setting.indexOf('=');
            if (equals > 0) {
                builder.setServerConfig(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
            }
        }
        if (log != null) {
            builder.setOutputRedirector(Redirect.appendTo(log.toFile())).setErrorRedirector(Redirect.appendTo(log.toFile()));
        }
        postgres = builder.start();
        return this;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}: open connections are cut); the data stays. */
    public synchronized void stop() throws IOException {
        if (postgres != null) {
            EmbeddedPostgres stopping = postgres;
            postgres = null;
            stopping.close();
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates each database that does not exist yet; existing ones and their data are left alone. */
    public void ensureDatabases(List<String> names) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (String name : names) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        create.execute("CREATE DATABASE \"" + name + "\"");
                    }
                }
            }
        }
    }

    /** The postmaster's pid (first line of postmaster.pid), so callers can check it is gone after close. */
    public OptionalLong postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        if (temporary) {
            FileTrees.deleteRecursively(dataDirectory);
        }
    }
}
