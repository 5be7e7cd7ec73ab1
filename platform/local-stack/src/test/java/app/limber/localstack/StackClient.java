package app.limber.localstack;

import app.limber.infra.PostgresServer;
import app.limber.platform.privacy.MasterKey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an end-to-end journey needs from a running stack: each service's base URL, a way to mint tokens
 * the services accept, its work directory, and plain HTTP calls.
 */
public final class StackClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, URI> baseUrls;
    private final DevKeys keys;
    private final String kafkaBootstrapServers;
    private final Path workDir;
    private final PostgresServer postgres;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    StackClient(LocalStack stack) {
        Map<String, URI> urls = new LinkedHashMap<>();
        stack.services().forEach(service -> urls.put(service.spec().name(), URI.create(service.baseUrl())));
        this.baseUrls = Map.copyOf(urls);
        this.keys = stack.devKeys();
        this.kafkaBootstrapServers = stack.kafkaBootstrapServers();
        this.workDir = stack.layout().workDir();
        this.postgres = stack.postgres();
    }

    /** The JDBC URL of a service's database on the stack's PostgreSQL ({@link PostgresServer#USER}). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** The stack's master key, as the services read it. */
    public MasterKey masterKey() {
        return MasterKey.fromLocation(keys.masterKeyFile().toString());
    }

    /** The service names: {@code catalog}, {@code routine}, {@code progress}. */
    public Set<String> services() {
        return baseUrls.keySet();
    }

    public URI baseUrl(String service) {
        URI url = baseUrls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no service " + service + " in " + baseUrls.keySet());
        }
        return url;
    }

    public URI url(String service, String path) {
        return baseUrl(service).resolve(path);
    }

    /** A token signed with the stack's dev key, as {@code ./limber token} prints it. */
    public String token(String userId, String... roles) {
        return keys.token(userId, List.of(roles));
    }

    /** The stack's work directory: {@code LIMBER_WORK_DIR} makes {@code ./limber token} sign with this stack's key. */
    public Path workDir() {
        return workDir;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public HttpResponse<String> get(String service, String path) {
        return send(request(service, path).GET().build());
    }

    public HttpResponse<String> get(String service, String path, String token) {
        return send(request(service, path).header("Authorization", "Bearer " + token).GET().build());
    }

    public HttpRequest.Builder request(String service, String path) {
        return HttpRequest.newBuilder(url(service, path)).timeout(TIMEOUT);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
