package app.limber.bench.system;

import app.limber.infra.KraftBroker;
import app.limber.infra.Ports;
import app.limber.infra.PostgresServer;
import app.limber.infra.TokenSigner;
import app.limber.infra.TopicCatalog;
import app.limber.infra.TopicProvisioner;
import app.limber.localstack.DevKeys;
import app.limber.localstack.LocalStack;
import app.limber.localstack.ServiceSpec;

import java.io.IOException;
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
    private final Map<String, ServiceInstance> services = new LinkedHashMap<>();
    private final PostgresServer postgres;
    private final KraftBroker kafka;
    private DevKeys keys;

    private SystemUnderTest(Path repository, Path workDir, List<String> jvmOptions) {
        this.repository = repository;
        this.workDir = workDir;
        this.jvmOptions = jvmOptions;
        this.postgres = new PostgresServer(workDir.resolve("postgres"), 0, workDir.resolve("logs/postgres.log"));
        this.kafka = new KraftBroker(workDir.resolve("kafka"), 0, workDir.resolve("kafka.properties"));
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
        postgres.start();
        postgres.ensureDatabases(LocalStack.DATABASES);
        log.info("PostgreSQL ready on port " + postgres.port());
        kafka.start();
        TopicProvisioner.ensure(kafka.bootstrapServers(), TopicCatalog.fromContracts());
        log.info("Kafka ready on port " + kafka.port());
    }

    /** A service with the stack's configuration plus {@code extra} (e.g. a second progress instance). */
    ServiceInstance addService(String name, String module, Map<String, String> extra) {
        ServiceSpec spec = new ServiceSpec(name, module, Ports.anyFree());
        Path jar = repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build with ./mvnw -B -q -Pbench -pl bench/system -am package -DskipTests");
        }
        Map<String, String> env = new LinkedHashMap<>(spec.environment(jdbcUrl(module.replace("-service", "")),
                bootstrapServers(), keys));
        env.putAll(extra);
        ServiceInstance instance = new ServiceInstance(spec, jar, env, jvmOptions, workDir);
        services.put(name, instance);
        return instance;
    }

    ServiceInstance service(String name) {
        return services.get(name);
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    TokenSigner tokens() {
        return new TokenSigner(keys.privateKey());
    }

    /** Stops the broker (a clean shutdown) and starts it again on the same port and log directory. */
    void restartKafka() throws IOException {
        kafka.stop();
        kafka.start();
    }

    /** Stops PostgreSQL (pg_ctl stop -m fast: open connections are cut) and starts it on the same data directory. */
    void restartPostgres() throws IOException {
        postgres.stop();
        postgres.start();
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
        kafka.close();
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("bench: could not stop PostgreSQL: " + e);
        }
    }
}
