package app.limber.localstack;

import app.limber.infra.PostgresServer;
import app.limber.infra.TokenSigner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One Limber service as the stack runs it: a name for humans and logs, its Maven module, its HTTP port. */
public record ServiceSpec(String name, String module, int port) {

    public static final List<ServiceSpec> DEFAULTS = List.of(
            new ServiceSpec("catalog", "catalog-service", 8081),
            new ServiceSpec("routine", "routine-service", 8082),
            new ServiceSpec("progress", "progress-service", 8083));

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, module, newPort);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Everything the service is configured with, as environment variables: its port, its database on the stack's
     * PostgreSQL, the broker and the key its tokens are verified with. Nothing else configures it.
     */
    public Map<String, String> environment(String jdbcUrl, String kafkaBootstrapServers, Path publicKeyFile) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile.toString());
        env.put("MP_JWT_VERIFY_ISSUER", TokenSigner.ISSUER);
        return env;
    }

    /** The command-line option and environment variable that override this service's port. */
    public String portOption() {
        return "--" + name + "-port";
    }

    public String portVariable() {
        return "LIMBER_" + name.toUpperCase(java.util.Locale.ROOT) + "_PORT";
    }
}
