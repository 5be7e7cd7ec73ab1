package app.limber.bench.progress;

import app.limber.infra.Ports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** progress-service from its packaged jar, as a child process, configured by system properties. */
final class ServiceUnderTest implements AutoCloseable {

    private static final Pattern APPLIED = Pattern.compile("(?m)^limber_progress_events_applied_total(?:\\{[^}]*})? ([0-9.E]+)");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServiceUnderTest(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** {@code -Xmx<heap>} and the options in {@code bench.service-jvm-options} (e.g. a flight recording), if any. */
    static List<String> jvmOptions(String heap) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap));
        String more = System.getProperty("bench.service-jvm-options", "");
        if (!more.isBlank()) {
            options.addAll(Arrays.asList(more.trim().split("\\s+")));
        }
        return options;
    }

    /** @param jvmOptions heap and other options of the service's JVM */
    static ServiceUnderTest start(Path jar, Map<String, String> properties, Path log, List<String> jvmOptions)
            throws IOException {
        int port = Ports.anyFree();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new ServiceUnderTest(process, port);
    }

    long pid() {
        return process.pid();
    }

    /** Events applied so far (the service's own counter), or -1 while it does not answer. */
    long applied() {
        try {
            String metrics = get("/q/metrics", null).body();
            Matcher matcher = APPLIED.matcher(metrics);
            return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The value of one series of the service's metrics ({@code name{tags}}, exactly as /q/metrics writes it), or 0. */
    long metric(String series) throws IOException, InterruptedException {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E]+)")
                .matcher(get("/q/metrics", null).body());
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    HttpResponse<String> post(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    /** Waits until /q/health/ready answers 200 (migrations done, broker reachable). */
    void awaitReady(Duration timeout, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException("progress-service exited; see " + log + ":\n" + Files.readString(log));
            }
            try {
                if (get("/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens once the application has started
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("progress-service was not ready within " + timeout + "; see " + log);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
