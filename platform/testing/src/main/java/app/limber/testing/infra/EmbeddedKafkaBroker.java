package app.limber.testing.infra;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

import kafka.server.BrokerServer;

/**
 * One combined KRaft node (broker and controller in one) from Kafka's own test kit, in this JVM.
 *
 * <p>{@link #stop()} shuts down only the broker side of the node; the controller keeps the metadata, and
 * {@link #start()} starts the same broker again, which binds the same listener port it was configured with.
 */
final class EmbeddedKafkaBroker implements KafkaBroker {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static EmbeddedKafkaBroker launch(Map<String, String> brokerConfig) {
        keepTheTestJvmAlive();
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes).setDeleteOnClose(true);
            brokerConfig.forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafkaBroker(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded Kafka broker", e);
        }
    }

    /**
     * A broker that finds its log directory gone calls Kafka's {@code Exit.halt(1)}, and by default that halts
     * the whole JVM: the test JVM here. It happens as the JVM exits (the test kit deletes the directory while
     * the broker's threads still write), and is the likely reason a fork whose tests had all passed once exited
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
        return cluster.bootstrapServers();
    }

    @Override
    public boolean restartable() {
        return true;
    }

    @Override
    public void stop() {
        broker().shutdown();
        broker().awaitShutdown();
    }

    @Override
    public void start() {
        broker().startup();
        awaitClusterAnswers();
    }

    private BrokerServer broker() {
        return cluster.brokers().values().iterator().next();
    }

    // The broker answers metadata requests only once it has caught up with the controller again.
    private void awaitClusterAnswers() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The embedded broker did not come back within " + READY_TIMEOUT, notYet);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded Kafka broker", e);
        }
    }
}
