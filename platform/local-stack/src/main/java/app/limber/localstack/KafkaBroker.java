package app.limber.localstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node KRaft broker (combined broker + controller) running inside the launcher's JVM.
 *
 * <p>The quorum is static ({@code controller.quorum.voters}) and the storage is formatted without
 * {@code --standalone}: combining the two is rejected by the storage tool, and a static quorum lets the
 * controller listener take any free port on each start.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param dataDirectory the broker's log directory, formatted on first use and reused afterwards
     * @param configFile    where the effective broker configuration is written (useful when debugging)
     */
    public static KafkaBroker start(Path dataDirectory, int port, Path configFile) throws IOException {
        int controllerPort = Ports.anyFree();
        Properties config = brokerConfig(dataDirectory, port, controllerPort);
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "written by the Limber local stack on every start");
        }
        if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
            format(configFile);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        return new KafkaBroker(server, port);
    }

    private static Properties brokerConfig(Path dataDirectory, int port, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", dataDirectory.toAbsolutePath().toString());
        // Topics come from the contracts; a typo in a service must fail loudly, not create a stray topic.
        config.put("auto.create.topics.enable", "false");
        config.put("num.partitions", "6");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "6");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "6");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers join one at a time as services start; waiting for more members only delays them.
        config.put("group.initial.rebalance.delay.ms", "0");
        return config;
    }

    private static void format(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString(),
                "--ignore-formatted"};
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, out);
        }
        if (exitCode != 0) {
            throw new StackStartException("could not format Kafka storage: " + output.toString(StandardCharsets.UTF_8).trim());
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
