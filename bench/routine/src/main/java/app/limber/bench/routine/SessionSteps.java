package app.limber.bench.routine;

import app.limber.bench.common.LoadClient;
import app.limber.bench.common.Percentiles;
import app.limber.bench.common.ProcessCpu;
import app.limber.bench.common.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * POST /sessions at a constant arrival rate for a number of seconds. Latency is measured from the moment a request
 * was due, not from when it was sent, so a server that falls behind is charged for the queue it causes (no
 * coordinated omission). Once measuring, each step leaves a point per second on the timeline: requests due in that
 * second that got 201, and their latency p50/p99, and the outbox lag at the step's end.
 */
final class SessionSteps {

    private static final String THROUGHPUT = "throughput (req/s)";
    private static final String LATENCY = "latency from due time (ms)";
    private static final String LAG = "outbox publish lag (ms)";

    private final LoadClient client;
    private final List<String> tokens;
    private final BenchSettings settings;
    private final Timeline timeline;
    private final String series;
    private boolean measuring;

    /**
     * Steps against {@code settings.base()}, whose process is {@code settings.servicePid()} when known; {@code series}
     * prefixes this service's lines on a timeline that several share ("" when it is the only one).
     */
    SessionSteps(LoadClient client, List<String> tokens, BenchSettings settings, Timeline timeline, String series) {
        this.client = client;
        this.tokens = tokens;
        this.settings = settings;
        this.timeline = timeline;
        this.series = series;
    }

    /** From here on steps are drawn; the timeline's zero is now. */
    void startMeasuring() {
        timeline.start();
        measuring = true;
    }

    Step run(int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch answered = new CountDownLatch(total);
        OptionalLong cpuBefore = serviceCpuMillis();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            byte[] request = client.request("POST", "/sessions", Map.of("Authorization", "Bearer " + tokens.get(i % tokens.size()),
                    "Idempotency-Key", UUID.randomUUID().toString()), SessionBody.json());
            client.submit(request, response -> {
                samples.add(new long[] {due, System.nanoTime() - due, response.status() == 201 ? 1 : 0});
                answered.countDown();
            });
        }
        // whatever is not answered by then counts as failed
        answered.await(60, TimeUnit.SECONDS);
        OptionalLong cpuAfter = serviceCpuMillis();
        List<long[]> done = new ArrayList<>(samples);
        long[] sorted = done.stream().mapToLong(s -> s[1]).sorted().toArray();
        int ok = (int) done.stream().filter(s -> s[2] == 1).count();
        OutboxLag lag = OutboxLag.read(settings.base());
        Step step = new Step(rate, total, ok, total - ok, millis(sorted, 0.50), millis(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, lag.p50Millis(), lag.p99Millis(),
                cpuBefore.isPresent() && cpuAfter.isPresent() && ok > 0
                        ? (double) (cpuAfter.getAsLong() - cpuBefore.getAsLong()) / ok : Double.NaN);
        if (measuring) {
            draw(start, rate, seconds, done, step);
        }
        return step;
    }

    private OptionalLong serviceCpuMillis() {
        if (settings.servicePid().isEmpty()) {
            return OptionalLong.empty();
        }
        return ProcessCpu.millis(settings.servicePid().getAsLong()).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private void draw(long start, int rate, int seconds, List<long[]> samples, Step step) {
        double offset = timeline.secondsAt(start);
        timeline.event(offset, series + rate + "/s");
        List<List<Long>> bySecond = new ArrayList<>();
        int[] created = new int[seconds];
        for (int k = 0; k < seconds; k++) {
            bySecond.add(new ArrayList<>());
        }
        for (long[] sample : samples) {
            int k = (int) Math.min(seconds - 1, Math.max(0, (sample[0] - start) / 1_000_000_000L));
            bySecond.get(k).add(sample[1]);
            created[k] += (int) sample[2];
        }
        for (int k = 0; k < seconds; k++) {
            double t = offset + k + 1;
            long[] sorted = bySecond.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            timeline.sample(t, THROUGHPUT, series + "offered", rate);
            timeline.sample(t, THROUGHPUT, series + "201 Created", created[k]);
            timeline.sample(t, LATENCY, series + "p50", millis(sorted, 0.50));
            timeline.sample(t, LATENCY, series + "p99", millis(sorted, 0.99));
        }
        timeline.sample(offset + seconds, LAG, series + "p50", step.lagP50());
        timeline.sample(offset + seconds, LAG, series + "p99", step.lagP99());
    }

    void report(Step s) {
        System.err.printf(Locale.ROOT, "routine-sessions: %s%d/s for %d s: %d sent, %d failed, p50 %.1f ms, p99 %.1f ms,"
                        + " service CPU %.2f ms/request -> %s%n",
                series, s.rate(), settings.stepSeconds(), s.sent(), s.failed(), s.p50(), s.p99(), s.cpuMillisPerRequest(),
                s.meets(settings.p99GoalMillis()) ? "ok" : "over");
    }

    private static double millis(long[] sortedNanos, double q) {
        return Percentiles.of(sortedNanos, q) / 1e6;
    }
}
