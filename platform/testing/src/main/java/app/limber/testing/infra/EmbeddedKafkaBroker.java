package app.limber.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.utils.Exit;

import app.limber.infra.FileTrees;
import app.limber.infra.KraftBroker;

/**
 * The kit's KRaft broker in this JVM, on a free port, with its log directory in a temporary directory that is
 * deleted when the broker is closed. {@link #stop()} shuts the node down; {@link #start()} starts it again on the
 * same port and log directory, with its topics and records.
 */
final class EmbeddedKafkaBroker implements KafkaBroker {

    private final KraftBroker broker;
    private final Path directory;

    private EmbeddedKafkaBroker(KraftBroker broker, Path directory) {
        this.broker = broker;
        this.directory = directory;
    }

    static EmbeddedKafkaBroker launch() {
        keepTheTestJvmAlive();
        try {
            Path directory = Files.createTempDirectory("limber-test-kafka-");
            KraftBroker broker = new KraftBroker(directory.resolve("data"), 0, directory.resolve("kafka.properties")).start();
            return new EmbeddedKafkaBroker(broker, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Kafka broker", e);
        }
    }

    /**
     * A broker that finds its log directory gone calls Kafka's {@code Exit.halt(1)}, and by default that halts
     * the whole JVM: the test JVM here. It happens as the JVM exits (the log directory is deleted while the
     * broker's threads may still write), and is the likely reason a fork whose tests had all passed once exited
     * non-zero ("Error occurred in starting fork"). Kafka's own test harnesses replace the procedures for the same
     * reason. A halt or exit in the middle of a test still shows: the broker stops, the test's own
     * assertions fail, and this line says why.
     */
    private static void keepTheTestJvmAlive() {
        Exit.Procedure report = (status, message) ->
                System.err.printf("embedded Kafka broker asked the JVM to stop (status %d: %s); the test JVM goes on%n", status, message);
        Exit.setHaltProcedure(report);
        Exit.setExitProcedure(report);
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public boolean restartable() {
        return true;
    }

    @Override
    public void stop() {
        broker.stop();
    }

    @Override
    public void start() {
        try {
            broker.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Kafka broker again", e);
        }
    }

    @Override
    public void close() {
        broker.close();
        try {
            FileTrees.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }
}
