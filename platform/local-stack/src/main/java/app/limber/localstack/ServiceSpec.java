package app.limber.localstack;

import app.limber.infra.PostgresServer;
import app.limber.infra.TokenSigner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Limber process as the stack runs it: a name for humans and logs, its Maven module, its HTTP port. The three
 * services own a database each; {@code web} renders pages and is one more client of theirs.
 */
public record ServiceSpec(String name, String module, int port) {

    public static final List<ServiceSpec> DEFAULTS = List.of(
            new ServiceSpec("catalog", "catalog-service", 8081),
            new ServiceSpec("routine", "routine-service", 8082),
            new ServiceSpec("progress", "progress-service", 8083),
            new ServiceSpec("web", "web", 8080));

    /** The web front end's name: it has no database and no OpenAPI document of its own. */
    public static final String WEB = "web";

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, module, newPort);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Everything the service is configured with, as environment variables: its port, its database on the stack's
     * PostgreSQL, the broker, the key its tokens are verified with and the master key of its users' data keys.
     * Nothing else configures it.
     */
    public Map<String, String> environment(String jdbcUrl, String kafkaBootstrapServers, DevKeys keys) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", TokenSigner.ISSUER);
        env.put("LIMBER_PRIVACY_MASTER_KEY_LOCATION", keys.masterKeyFile().toString());
        return env;
    }

    /** Whether this is one of the three services with an API and a database (not the web front end). */
    public boolean isApi() {
        return !WEB.equals(name);
    }

    /**
     * The web front end's environment: its port, the services' URLs, and the dev key it signs the sign-in page's
     * tokens with; a key file is passed only here, on a local stack, never in a deployment.
     */
    public Map<String, String> webEnvironment(Map<String, String> serviceUrls, Path privateKeyFile) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        serviceUrls.forEach((service, url) ->
                env.put("LIMBER_WEB_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL", url));
        env.put("LIMBER_WEB_DEV_SIGN_IN_KEY", privateKeyFile.toString());
        // the stack serves plain HTTP on localhost
        env.put("LIMBER_WEB_SECURE_COOKIES", "false");
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
