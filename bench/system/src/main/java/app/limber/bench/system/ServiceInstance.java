package app.limber.bench.system;

import app.limber.localstack.ServiceProcess;
import app.limber.localstack.ServiceSpec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service process the bench can kill and start again on the same port with the same configuration.
 * Every start gets its own log file ({@code <name>-<n>.log}), so the log of a killed process survives.
 */
final class ServiceInstance {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final Path jar;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path workDir;
    private int starts;
    private volatile ServiceProcess process;

    ServiceInstance(ServiceSpec spec, Path jar, Map<String, String> environment, List<String> jvmOptions, Path workDir) {
        this.spec = spec;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.workDir = workDir;
    }

    String name() {
        return spec.name();
    }

    String baseUrl() {
        return spec.baseUrl();
    }

    synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name() + " is already running");
        }
        starts++;
        Path log = workDir.resolve("logs").resolve(name() + "-" + starts + ".log");
        process = ServiceProcess.start(spec, jar, environment, jvmOptions, workDir, log);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
    synchronized void kill9() throws Exception {
        ServiceProcess current = process;
        if (current == null) {
            return;
        }
        ProcessHandle handle = ProcessHandle.of(current.pid()).orElse(null);
        if (handle != null) {
            handle.destroyForcibly();
            handle.onExit().get(20, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM and wait: Quarkus shuts down gracefully (the consumer leaves its group). */
    synchronized void stop() {
        ServiceProcess current = process;
        if (current != null) {
            current.requestStop();
            current.awaitStop();
        }
    }

    boolean isAlive() {
        ServiceProcess current = process;
        return current != null && current.isAlive();
    }

    boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Polls readiness until it answers 200; fails at the deadline or as soon as the process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady()) {
            if (!isAlive()) {
                throw new IllegalStateException(name() + " exited before it was ready; see " + workDir.resolve("logs"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name() + " not ready within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }
}
