package app.limber.bench.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One probe user who posts one session at a time and polls {@code GET /progress/me} every few milliseconds
 * until its session count includes it: the time from the POST being sent to that answer is how long a
 * session takes to become visible (outbox relay, broker, consumer batch, API read). The poll interval is the
 * resolution of the figure.
 */
final class FreshnessProbe implements Runnable {

    private static final Pattern SESSIONS = Pattern.compile("\"totals\"\\s*:\\s*\\{\\s*\"sessions\"\\s*:\\s*(\\d+)");

    private final SystemBench bench;
    private final Workload.User user;
    private final String progressUrl;
    private final long pollMillis;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean stopping;
    private final List<Long> visibleNanos = new ArrayList<>();
    private final List<Long> postNanos = new ArrayList<>();
    private final List<Long> afterPostNanos = new ArrayList<>();
    private long timeouts;
    private Thread thread;

    FreshnessProbe(SystemBench bench, Workload.User user, String progressUrl, long pollMillis) {
        this.bench = bench;
        this.user = user;
        this.progressUrl = progressUrl;
        this.pollMillis = pollMillis;
    }

    void start() {
        thread = new Thread(this, "bench-probe-" + user.id);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        stopping = true;
        thread.join(120_000);
    }

    @Override
    public void run() {
        long expected = 0;
        long sequence = 0;
        try {
            while (!stopping) {
                Workload.Session session = bench.workload.freshSession(sequence++, user);
                long sent = System.nanoTime();
                // as long as the load's own retries: giving up would leave a session the verdict cannot account for
                bench.extraAcknowledged.add(bench.postUntilCreated("/sessions", user, session.body(),
                        session.idempotencyKey(), Duration.ofSeconds(bench.settings.settleTimeoutSeconds())));
                long posted = System.nanoTime();
                expected++;
                long deadline = posted + Duration.ofSeconds(60).toNanos();
                while (sessions() < expected) {
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                    Thread.sleep(pollMillis);
                }
                long visible = System.nanoTime();
                synchronized (this) {
                    if (visible > deadline) {
                        timeouts++;
                        continue;
                    }
                    visibleNanos.add(visible - sent);
                    postNanos.add(posted - sent);
                    afterPostNanos.add(visible - posted);
                }
                bench.timeline.sample(bench.timeline.secondsAt(sent), "freshness: POST sent → visible in /progress/me (ms)",
                        "probe " + user.id.substring(user.id.lastIndexOf('-') + 1), (visible - sent) / 1e6);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            bench.log.info("probe " + user.id + " stopped: " + e);
        }
    }

    private long sessions() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(progressUrl + "/progress/me"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + user.token).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = SESSIONS.matcher(response.body());
            return response.statusCode() == 200 && matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    synchronized List<Long> visible() {
        return List.copyOf(visibleNanos);
    }

    synchronized List<Long> posts() {
        return List.copyOf(postNanos);
    }

    /** From the 201 to the answer that shows the session: the event's way alone. */
    synchronized List<Long> afterPost() {
        return List.copyOf(afterPostNanos);
    }

    synchronized long timeouts() {
        return timeouts;
    }

    Workload.User user() {
        return user;
    }
}
