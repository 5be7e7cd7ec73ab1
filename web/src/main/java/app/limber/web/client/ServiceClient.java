package app.limber.web.client;

import app.limber.web.config.WebConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The services' public APIs, called as any client calls them: over HTTP with the signed-in person's bearer
 * token, so each service decides what they may see and do.
 */
@ApplicationScoped
public class ServiceClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final WebConfig config;
    private final ObjectMapper json;

    public ServiceClient(WebConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** A GET answered with JSON; a token of null sends none (public reads). */
    public JsonNode get(Service service, String pathAndQuery, String token) {
        return join(getAsync(service, pathAndQuery, token));
    }

    /** Several GETs at once: a page that needs four answers waits for the slowest, not for their sum. */
    public CompletableFuture<JsonNode> getAsync(Service service, String pathAndQuery, String token) {
        HttpRequest request = request(service, pathAndQuery, token, Map.of()).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> body(request, response).body());
    }

    /** A GET whose answer is passed on as it came (a download), in the given media type. */
    public String getText(Service service, String path, String token, String accept) {
        HttpRequest request = request(service, path, token, Map.of()).header("Accept", accept).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new ServiceException(response.statusCode(), parse(response.body()), "GET " + request.uri().getPath());
            }
            return response.body();
        } catch (IOException e) {
            throw new ServiceUnavailableException(request.uri().getHost() + ":" + request.uri().getPort(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted", e);
        }
    }

    public Answer post(Service service, String path, String token, Object body, Map<String, String> headers) {
        return send(service, path, token, "POST", body, headers);
    }

    public Answer put(Service service, String path, String token, Object body) {
        return send(service, path, token, "PUT", body, Map.of());
    }

    public Answer delete(Service service, String path, String token) {
        return send(service, path, token, "DELETE", null, Map.of());
    }

    private Answer send(Service service, String path, String token, String method, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(service, path, token, headers).header("Accept", "application/json");
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        HttpRequest request = builder.build();
        try {
            return body(request, http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new ServiceUnavailableException(request.uri().getHost() + ":" + request.uri().getPort(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted", e);
        }
    }

    private HttpRequest.Builder request(Service service, String pathAndQuery, String token, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base(service).resolve(pathAndQuery)).timeout(TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private URI base(Service service) {
        return switch (service) {
            case CATALOG -> config.catalogUrl();
            case ROUTINE -> config.routineUrl();
            case PROGRESS -> config.progressUrl();
        };
    }

    private Answer body(HttpRequest request, HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            throw new ServiceException(response.statusCode(), body, request.method() + " " + request.uri().getPath());
        }
        return new Answer(response.statusCode(), body, response.headers().map());
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return json.nullNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return json.nullNode();
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for an asynchronous answer, passing a service's error on as it came. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ServiceUnavailableException("a service", e.getCause());
        }
    }

    /** A service's answer: status, JSON body (a null node when empty) and headers. */
    public record Answer(int status, JsonNode body, Map<String, List<String>> headers) {
        public boolean header(String name, String value) {
            return headers.entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name) && h.getValue().contains(value));
        }
    }
}
