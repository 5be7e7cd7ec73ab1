package app.limber.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker (combined broker and controller) inside this JVM, whose log directory survives
 * {@link #stop()}: {@link #start()} brings it back at the same address with its topics and records.
 *
 * <p>The quorum is static ({@code controller.quorum.voters}) and the storage is formatted without
 * {@code --standalone}: combining the two is rejected by the storage tool, and a static quorum lets the
 * controller listener take any free port on each start. Auto-creation of topics is off: topics come from the
 * contracts ({@link TopicProvisioner}), and a typo in a service must fail loudly, not create a stray topic.
 */
public final class KraftBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final Path configFile;
    private KafkaRaftServer server;

    /**
     * @param dataDirectory the broker's log directory, formatted on first start and reused afterwards
     * @param port          the client port; 0 picks a free one, kept for every later start
     * @param configFile    where each start writes the effective broker configuration (read by the storage
     *                      tool; useful when debugging)
     */
    public KraftBroker(Path dataDirectory, int port, Path configFile) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = port == 0 ? Ports.anyFree() : port;
        this.configFile = configFile;
    }

    /** Starts the broker (formatting its storage on first use) and returns once it answers clients. */
    public synchronized KraftBroker start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("the broker on port " + port + " is already running");
        }
        Properties config = brokerConfig(Ports.anyFree());
        Files.createDirectories(dataDirectory);
        Files.createDirectories(configFile.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "written by KraftBroker on every start");
        }
        if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
            format();
        }
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            starting.shutdown();
            throw e;
        }
        server = starting;
        awaitClientsAnswered();
        return this;
    }

    /** A clean shutdown; the data stays for the next {@link #start()}. Does nothing when not running. */
    public synchronized void stop() {
        if (server != null) {
            KafkaRaftServer stopping = server;
            server = null;
            stopping.shutdown();
            stopping.awaitShutdown();
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties brokerConfig(int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", dataDirectory.toString());
        config.put("auto.create.topics.enable", "false");
        config.put("num.partitions", "6");
        // one node: internal topics default to 3 replicas and could never be created, so consumer groups and
        // transactions would find no coordinator
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "6");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "6");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        // consumers join one at a time as services start; waiting for more members only delays them
        config.put("group.initial.rebalance.delay.ms", "0");
        // the cleaner looks for compactable logs every second rather than every 15: an erased user's key is gone
        // from routine.user-keys as soon as its segment may be cleaned
        config.put("log.cleaner.backoff.ms", "1000");
        return config;
    }

    private void format() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString(),
                "--ignore-formatted"};
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, out);
        }
        if (exitCode != 0) {
            throw new InfrastructureException("could not format Kafka storage: " + output.toString(StandardCharsets.UTF_8).trim());
        }
    }

    // what callers need next is a broker that answers clients, so that is what is awaited
    private void awaitClientsAnswered() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InfrastructureException("interrupted while waiting for the broker on port " + port, e);
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new InfrastructureException("the broker on port " + port + " did not answer within " + READY_TIMEOUT, notYet);
                    }
                }
            }
        }
    }
}
