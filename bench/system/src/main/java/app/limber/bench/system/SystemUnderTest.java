package app.limber.bench.system;

import app.limber.localstack.DevKeys;
import app.limber.localstack.KafkaBroker;
import app.limber.localstack.LocalStack;
import app.limber.localstack.PostgresServer;
import app.limber.localstack.ServiceSpec;
import app.limber.localstack.TokenMinter;
import app.limber.localstack.TopicCatalog;
import app.limber.localstack.TopicProvisioner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack's parts (PostgreSQL, the KRaft broker inside this JVM, the three services as child
 * processes from their packaged jars), assembled here rather than through {@code LocalStack} because
 * the bench has to kill, stop and restart each part on its own port and data directory while the rest
 * keeps running. Configuration is the one {@code LocalStack} gives the services.
 */
final class SystemUnderTest implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path repository;
    private final Path workDir;
    private final List<String> jvmOptions;
    private final int postgresPort = freePort();
    private final int kafkaPort = freePort();
    private final Map<String, ServiceInstance> services = new LinkedHashMap<>();
    private DevKeys keys;
    private volatile PostgresServer postgres;
    private volatile KafkaBroker kafka;

    private SystemUnderTest(Path repository, Path workDir, List<String> jvmOptions) {
        this.repository = repository;
        this.workDir = workDir;
        this.jvmOptions = jvmOptions;
    }

    /** PostgreSQL, Kafka and its topics, then catalog, routine and one progress instance, all ready. */
    static SystemUnderTest start(Path repository, Path workDir, List<String> jvmOptions, Log log) throws Exception {
        SystemUnderTest system = new SystemUnderTest(repository, workDir, jvmOptions);
        try {
            system.startInfrastructure(log);
            system.addService("catalog", "catalog-service", Map.of()).start();
            system.addService("routine", "routine-service", Map.of()).start();
            system.addService("progress", "progress-service", Map.of()).start();
            for (ServiceInstance service : system.services.values()) {
                service.awaitReady(READY_TIMEOUT);
                log.info(service.name() + " ready at " + service.baseUrl());
            }
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    private void startInfrastructure(Log log) throws Exception {
        Files.createDirectories(workDir.resolve("logs"));
        keys = DevKeys.loadOrCreate(workDir.resolve("keys"));
        startPostgres();
        postgres.ensureDatabases(LocalStack.DATABASES);
        log.info("PostgreSQL ready on port " + postgresPort);
        startKafka();
        TopicProvisioner.ensure(kafka.bootstrapServers(), TopicCatalog.fromContracts());
        log.info("Kafka ready on port " + kafkaPort);
    }

    /** A service with the stack's configuration plus {@code extra} (e.g. a second progress instance). */
    ServiceInstance addService(String name, String module, Map<String, String> extra) {
        ServiceSpec spec = new ServiceSpec(name, module, freePort());
        Path jar = repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build with ./mvnw -B -q install -DskipTests");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(spec.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(module.replace("-service", "")));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", TokenMinter.ISSUER);
        env.putAll(extra);
        ServiceInstance instance = new ServiceInstance(spec, jar, env, jvmOptions, workDir);
        services.put(name, instance);
        return instance;
    }

    ServiceInstance service(String name) {
        return services.get(name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    TokenMinter tokens() {
        return new TokenMinter(keys.privateKey());
    }

    /** Stops the broker (a clean shutdown) and starts it again on the same port and log directory. */
    void restartKafka() throws IOException {
        KafkaBroker current = kafka;
        kafka = null;
        current.close();
        startKafka();
    }

    /** Stops PostgreSQL (pg_ctl stop -m fast: open connections are cut) and starts it on the same data directory. */
    void restartPostgres() throws IOException {
        PostgresServer current = postgres;
        postgres = null;
        current.close();
        startPostgres();
    }

    private void startPostgres() throws IOException {
        postgres = PostgresServer.start(workDir.resolve("postgres"), postgresPort, workDir.resolve("logs/postgres.log"));
    }

    private void startKafka() throws IOException {
        kafka = KafkaBroker.start(workDir.resolve("kafka"), kafkaPort, workDir.resolve("kafka.properties"));
    }

    @Override
    public void close() {
        List<ServiceInstance> running = new ArrayList<>(services.values());
        running.forEach(service -> {
            try {
                service.kill9();
            } catch (Exception e) {
                System.err.println("bench: could not stop " + service.name() + ": " + e);
            }
        });
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("bench: could not stop PostgreSQL: " + e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
