package app.limber.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Polls each service's {@code /q/health/ready}, in the order given and each once those before it are ready, until
 * it answers 200, giving up at a deadline or as soon as a service process dies, so a broken service is named at
 * once instead of after the whole timeout.
 */
final class ReadinessProbe {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    /**
     * @param onReady called once per service when it becomes ready
     * @return the services, ready, in the order given
     */
    List<ServiceProcess> awaitAll(List<ServiceProcess> services, Duration timeout, Consumer<ServiceProcess> onReady)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, ServiceProcess> pending = new LinkedHashMap<>();
        services.forEach(service -> pending.put(service.spec().name(), service));
        List<ServiceProcess> ready = new ArrayList<>();
        while (!pending.isEmpty()) {
            for (ServiceProcess service : pending.values()) {
                if (!service.isAlive()) {
                    throw new StackStartException(service.spec().name() + " exited with code " + service.exitCode()
                            + " before it was ready; see " + service.log());
                }
            }
            // in the given order: routine's readiness waits for the catalog records that exist when it is first
            // asked, so it is asked only once catalog, which publishes them, is ready
            for (ServiceProcess service : List.copyOf(pending.values())) {
                if (!isReady(service.spec())) {
                    break;
                }
                pending.remove(service.spec().name());
                ready.add(service);
                onReady.accept(service);
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = pending.values().iterator().next();
                throw new StackStartException(late.spec().name() + " was not ready within " + timeout.toSeconds()
                        + "s; see " + late.log());
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return ready;
    }

    boolean isReady(ServiceSpec spec) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/q/health/ready"))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
