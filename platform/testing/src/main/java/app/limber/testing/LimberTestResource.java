package app.limber.testing;

import java.util.Map;

import app.limber.testing.infra.Infrastructure;
import app.limber.testing.infra.JvmWide;
import app.limber.testing.infra.TokenKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker and a real PostgreSQL for a service's {@code @QuarkusTest} and
 * {@code @QuarkusIntegrationTest} classes.
 *
 * <h2>Registering it</h2>
 * One marker class per service test module, in {@code src/test/java}, registers the resource for every test
 * class of the module:
 * <pre>{@code
 * @QuarkusTestResource(value = LimberTestResource.class, restrictToAnnotatedClass = false,
 *         initArgs = @ResourceArg(name = LimberTestResource.SERVICE, value = "catalog"))
 * public class LimberInfrastructure {
 * }
 * }</pre>
 * With {@code restrictToAnnotatedClass = false} the resource is global: it is started once, before the first
 * Quarkus test, and all test classes without a {@code @TestProfile} share one application start. (Quarkus 3.30
 * recommends {@code @QuarkusTestResource} over {@code @WithTestResource}, whose scopes restart the application
 * for classes that do not carry the same annotation.) Do not add the annotation to test classes themselves.
 * Services set {@code mp.jwt.verify.issuer=limber}.
 *
 * <h2>What {@link #start()} gives the application</h2>
 * {@code quarkus.datasource.jdbc.url} (a new, empty database named {@code <service>_<random>} on every start),
 * {@code quarkus.datasource.username}, {@code quarkus.datasource.password}, {@code kafka.bootstrap.servers},
 * {@code mp.jwt.verify.publickey.location} ({@code file:} path of the public key of {@link TestTokens}),
 * {@code limber.privacy.master-key-location} (a file holding {@link TestMasterKey}).
 * For {@code @QuarkusIntegrationTest} Quarkus passes the same values to the packaged application.
 *
 * <h2>Where the infrastructure comes from</h2>
 * In this order: <b>external</b> when the environment names {@code LIMBER_TEST_KAFKA_BOOTSTRAP} and
 * {@code LIMBER_TEST_JDBC_URL} (plus optional {@code LIMBER_TEST_JDBC_USER}, {@code LIMBER_TEST_JDBC_PASSWORD};
 * the URL's database is only used to create test databases); <b>docker</b> (Testcontainers, {@code apache/kafka}
 * and {@code postgres:17}) when the system property {@code limber.test.infra} is {@code docker}, or
 * {@code auto} and a Docker socket answers; otherwise <b>embedded</b>: the infrastructure kit's
 * ({@code limber-infra}) in-process KRaft broker and embedded PostgreSQL, the same the local stack runs. The broker and server are started once per JVM, lazily, and stopped at exit;
 * Limber's topics (from {@code limber/contracts/topics.json}, with their dead-letter topics) are created, or
 * reconciled with their declared partitions and configuration, once.
 * Kafka topics outlive a Quarkus restart within the JVM, so tests look for their own keys, not for "the only
 * record".
 *
 * <h2>In tests</h2>
 * The static accessors work in both test modes, because the resource runs in the test JVM:
 * {@link #kafkaBootstrapServers()}, {@link #jdbcUrl()}, {@link #jdbcUser()}, {@link #jdbcPassword()}, and for
 * fault tests {@link #stopKafka()} / {@link #startKafka()} (guard with {@link #kafkaRestartable()}).
 */
public class LimberTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the database prefix, e.g. {@code catalog}. */
    public static final String SERVICE = "service";

    private String service = "limber";

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault(SERVICE, service);
    }

    @Override
    public Map<String, String> start() {
        String jdbcUrl = JvmWide.call(Infrastructure.class, "createDatabase", service);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", jdbcUser(),
                "quarkus.datasource.password", jdbcPassword(),
                "kafka.bootstrap.servers", kafkaBootstrapServers(),
                "mp.jwt.verify.publickey.location", "file:" + JvmWide.call(TokenKeys.class, "publicKeyPemFile"),
                // smallrye-jwt generates an inline dev/test key at build time, when it sees no key configured
                // (test resources run later); an inline key wins over any location, so it is switched off
                "mp.jwt.verify.publickey", "NONE",
                "limber.privacy.master-key-location", TestMasterKey.file());
    }

    /** The broker and database live as long as the JVM: the next application start reuses the broker. */
    @Override
    public void stop() {
    }

    /** Bootstrap servers of the JVM-wide broker (starts it if nothing has yet). */
    public static String kafkaBootstrapServers() {
        return JvmWide.call(Infrastructure.class, "kafkaBootstrapServers");
    }

    /** JDBC URL of the database the most recent {@link #start()} created, i.e. the running application's. */
    public static String jdbcUrl() {
        return JvmWide.call(Infrastructure.class, "jdbcUrl");
    }

    public static String jdbcUser() {
        return JvmWide.call(Infrastructure.class, "jdbcUser");
    }

    public static String jdbcPassword() {
        return JvmWide.call(Infrastructure.class, "jdbcPassword");
    }

    /** {@code external}, {@code docker} or {@code embedded}. */
    public static String mode() {
        return JvmWide.call(Infrastructure.class, "mode");
    }

    /** Whether {@link #stopKafka()} and {@link #startKafka()} work here (not against an external broker). */
    public static boolean kafkaRestartable() {
        return JvmWide.call(Infrastructure.class, "kafkaRestartable");
    }

    /**
     * Takes the broker down: clients get no answer at {@link #kafkaBootstrapServers()} until
     * {@link #startKafka()}. Embedded: the node is shut down (its log directory keeps the topics and records);
     * docker: the container is paused.
     */
    public static void stopKafka() {
        JvmWide.call(Infrastructure.class, "stopKafka");
    }

    /** Brings the broker back at the same address, with its topics and records; returns once it answers. */
    public static void startKafka() {
        JvmWide.call(Infrastructure.class, "startKafka");
    }
}
