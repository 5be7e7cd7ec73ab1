package app.limber.bench.routine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox publish lag (commit to broker acknowledgement) as the service's own timer reports it on
 * {@code /q/metrics}. The timer keeps percentiles over the last minute or two, so it is read right after a step.
 */
record OutboxLag(double p50Millis, double p99Millis) {

    private static final String TIMER = "limber_outbox_publish_lag_seconds";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static OutboxLag read(URI base) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new OutboxLag(quantile(metrics, "0.5") * 1000, quantile(metrics, "0.99") * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new OutboxLag(Double.NaN, Double.NaN);
        } catch (Exception e) {
            System.err.println("routine-sessions: no metrics: " + e.getMessage());
            return new OutboxLag(Double.NaN, Double.NaN);
        }
    }

    private static double quantile(String metrics, String quantile) {
        Matcher m = Pattern.compile("^" + TIMER + "\\{[^}]*quantile=\"" + Pattern.quote(quantile) + "\"[^}]*}\\s+(\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
