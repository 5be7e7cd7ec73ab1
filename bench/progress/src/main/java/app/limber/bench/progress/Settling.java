package app.limber.bench.progress;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import app.limber.bench.common.QuietMachine;

/**
 * Brings the machine to rest before an ingestion, so that no run pays for what came before it: otherwise the first
 * ingestion of a run shares the machine with the bench's garbage from producing the load and the kernel writing the
 * topics' pages, and each later one with autovacuum in the previous run's database, whatever their modes.
 */
final class Settling {

    /** At most this share of all CPUs busy over one interval counts as quiet. */
    static final double QUIET_SHARE = 0.10;
    static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    private Settling() {
    }

    /**
     * Drops the finished run's database (none before the first run), collects this JVM's garbage, has PostgreSQL write
     * its dirty buffers and the kernel its dirty pages, then waits for quiet CPUs.
     *
     * @param finished the properties of the run before, whose database nothing reads any more
     * @param next     the properties of the run about to start
     */
    static QuietMachine.Waited before(Optional<Map<String, String>> finished, Map<String, String> next)
            throws SQLException, IOException, InterruptedException {
        if (finished.isPresent()) {
            String url = finished.get().get("quarkus.datasource.jdbc.url");
            String database = url.substring(url.lastIndexOf('/') + 1);
            try (Connection maintenance = connect(next, url.substring(0, url.lastIndexOf('/') + 1) + "postgres");
                 Statement statement = maintenance.createStatement()) {
                statement.execute("drop database \"" + database + "\" with (force)");
            }
        }
        System.gc();
        try (Connection connection = connect(next, next.get("quarkus.datasource.jdbc.url"));
             Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
        Process sync = new ProcessBuilder("sync").inheritIO().start();
        if (sync.waitFor() != 0) {
            throw new IOException("sync exited with " + sync.exitValue());
        }
        return QuietMachine.await(QUIET_SHARE, INTERVAL, DEADLINE);
    }

    private static Connection connect(Map<String, String> properties, String url) throws SQLException {
        return DriverManager.getConnection(url, properties.get("quarkus.datasource.username"),
                properties.get("quarkus.datasource.password"));
    }
}
