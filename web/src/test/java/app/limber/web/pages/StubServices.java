package app.limber.web.pages;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One HTTP server standing in for the three services: it answers each path with the JSON a test gave it (an empty
 * object otherwise) and remembers every request line, so that a test sees what a page asked the services for.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** The profile that points the web process at the stub. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubServices.class));
        }
    }

    static void answer(String path, String json) {
        ANSWERS.put(path, json);
    }

    /** The requests whose path is {@code path}, as path and query. */
    static List<String> requestsTo(String path) {
        return REQUESTS.stream().filter(r -> r.equals(path) || r.startsWith(path + "?")).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            REQUESTS.add(query == null ? path : path + "?" + query);
            byte[] body = ANSWERS.getOrDefault(path, "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("limber.web.catalog-url", url, "limber.web.routine-url", url, "limber.web.progress-url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
