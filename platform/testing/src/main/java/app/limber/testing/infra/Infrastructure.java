package app.limber.testing.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import app.limber.infra.TopicCatalog;
import app.limber.infra.TopicProvisioner;

/**
 * The JVM-wide Kafka broker and PostgreSQL server, started lazily on first use and stopped by a shutdown hook.
 *
 * <p>Internal: reach it through {@code LimberTestResource}, which calls the JVM-wide copy of this class via
 * {@link JvmWide}. Hence every public method takes and returns JDK types only.
 */
public final class Infrastructure {

    private static InfraMode mode;
    private static KafkaBroker kafka;
    private static DatabaseServer postgres;
    private static String currentJdbcUrl;
    private static final List<String> createdDatabases = new ArrayList<>();

    private Infrastructure() {
    }

    /** {@code external}, {@code docker} or {@code embedded}. */
    public static synchronized String mode() {
        ensureStarted();
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static synchronized String kafkaBootstrapServers() {
        ensureStarted();
        return kafka.bootstrapServers();
    }

    /** Creates a new empty database named {@code <prefix>_<random>}, makes it current, returns its JDBC URL. */
    public static synchronized String createDatabase(String prefix) {
        ensureStarted();
        String name = FreshDatabases.create(postgres, prefix);
        createdDatabases.add(name);
        currentJdbcUrl = FreshDatabases.urlOf(postgres, name);
        return currentJdbcUrl;
    }

    public static synchronized String jdbcUrl() {
        if (currentJdbcUrl == null) {
            throw new IllegalStateException("No test database yet: LimberTestResource.start() creates one");
        }
        return currentJdbcUrl;
    }

    public static synchronized String jdbcUser() {
        ensureStarted();
        return postgres.user();
    }

    public static synchronized String jdbcPassword() {
        ensureStarted();
        return postgres.password();
    }

    public static synchronized boolean kafkaRestartable() {
        ensureStarted();
        return kafka.restartable();
    }

    public static synchronized void stopKafka() {
        ensureStarted();
        withOwnClassLoader(() -> {
            kafka.stop();
            return null;
        });
    }

    public static synchronized void startKafka() {
        ensureStarted();
        withOwnClassLoader(() -> {
            kafka.start();
            return null;
        });
    }

    private static void ensureStarted() {
        if (mode != null) {
            return;
        }
        InfraMode chosen = InfraMode.detect(System.getenv(), System.getProperty(InfraMode.INFRA_PROPERTY));
        QuietInfrastructureLogging.apply();
        // PostgreSQL and Kafka start independently; in parallel the first test waits for the slower only
        CompletableFuture<DatabaseServer> startingPostgres = CompletableFuture.supplyAsync(() -> startPostgres(chosen), OWN_THREAD);
        CompletableFuture<KafkaBroker> startingKafka = CompletableFuture.supplyAsync(() -> startKafka(chosen), OWN_THREAD);
        try {
            postgres = startingPostgres.join();
            kafka = startingKafka.join();
        } catch (CompletionException e) {
            startingPostgres.thenAccept(Infrastructure::closeQuietly);
            startingKafka.thenAccept(Infrastructure::closeQuietly);
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        withOwnClassLoader(() -> {
            TopicProvisioner.ensure(kafka.bootstrapServers(), TopicCatalog.fromContracts());
            return null;
        });
        mode = chosen;
        Thread stopAtExit = new Thread(Infrastructure::shutdown, "limber-test-infrastructure-stop");
        stopAtExit.setContextClassLoader(Infrastructure.class.getClassLoader());
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /*
     * Kafka loads plugins and log4j its lookups through the thread context class loader, and every thread the
     * broker or a client starts inherits it. Called from a Quarkus test, that loader is the application's: it
     * holds other copies of the same classes (NoSuchMethodException, ClassCastException) and is closed when the
     * application stops, while the broker lives on. So the infrastructure always runs under its own loader.
     */
    private static final Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "limber-test-infrastructure-start");
        thread.setContextClassLoader(Infrastructure.class.getClassLoader());
        thread.start();
    };

    private static <T> T withOwnClassLoader(Supplier<T> action) {
        Thread current = Thread.currentThread();
        ClassLoader caller = current.getContextClassLoader();
        current.setContextClassLoader(Infrastructure.class.getClassLoader());
        try {
            return action.get();
        } finally {
            current.setContextClassLoader(caller);
        }
    }

    private static DatabaseServer startPostgres(InfraMode chosen) {
        return switch (chosen) {
            case EXTERNAL -> DatabaseServers.external(System.getenv(InfraMode.JDBC_URL_ENV),
                    System.getenv().getOrDefault(InfraMode.JDBC_USER_ENV, "postgres"),
                    System.getenv().getOrDefault(InfraMode.JDBC_PASSWORD_ENV, "postgres"));
            case DOCKER -> DatabaseServers.container();
            case EMBEDDED -> DatabaseServers.embedded();
        };
    }

    private static KafkaBroker startKafka(InfraMode chosen) {
        return switch (chosen) {
            case EXTERNAL -> new ExternalKafkaBroker(System.getenv(InfraMode.KAFKA_BOOTSTRAP_ENV));
            case DOCKER -> ContainerKafkaBroker.launch();
            case EMBEDDED -> EmbeddedKafkaBroker.launch();
        };
    }

    private static synchronized void shutdown() {
        if (!postgres.ownsServer()) {
            // on a shared server, leave nothing behind; on our own, the databases die with it
            createdDatabases.forEach(name -> {
                try {
                    FreshDatabases.drop(postgres, name);
                } catch (RuntimeException ignored) {
                    // best effort at JVM exit
                }
            });
        }
        closeQuietly(kafka);
        closeQuietly(postgres);
    }

    private static void closeQuietly(Object resource) {
        try {
            if (resource instanceof KafkaBroker broker) {
                broker.close();
            } else if (resource instanceof DatabaseServer server) {
                server.closer().close();
            }
        } catch (Exception ignored) {
            // best effort at JVM exit
        }
    }
}
