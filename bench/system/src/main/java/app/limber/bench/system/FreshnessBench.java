package app.limber.bench.system;

import app.limber.bench.common.Percentiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Issue 6 item 5, freshness at load: a constant rate of sessions (1,000/s for 60 s by default) through
 * routine-service while probe users measure how long their own session takes to show in
 * {@code GET /progress/me}; then the consumer lag when the load stops and how long it takes to reach 0.
 * Run by bench/freshness.sh.
 */
public final class FreshnessBench {

    private static final double P50_GOAL_MS = 50;
    private static final double P99_GOAL_MS = 250;

    private FreshnessBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(Settings.env("BENCH_DURATION", "60"));
        double defaultRate = 1000;
        String rate = Settings.env("BENCH_RATE", String.valueOf((int) defaultRate));
        Settings settings = Settings.fromEnvironment(String.valueOf((long) (Double.parseDouble(rate) * seconds)), "1000", rate);
        int probeCount = Integer.parseInt(Settings.env("BENCH_PROBES", "2"));
        long pollMillis = Long.parseLong(Settings.env("BENCH_POLL_MS", "5"));
        boolean pass;
        try (SystemBench bench = SystemBench.start("freshness", settings)) {
            bench.warmUpAndPlans();
            String progressUrl = bench.system.service("progress").baseUrl();
            List<FreshnessProbe> probes = new ArrayList<>();
            List<Workload.User> probeUsers = new ArrayList<>();
            for (int i = 0; i < probeCount; i++) {
                Workload.User user = bench.workload.extraUser(bench.system.tokens(), "probe-" + i);
                probeUsers.add(user);
                probes.add(new FreshnessProbe(bench, user, progressUrl, pollMillis));
            }
            bench.warmUpLoad(settings.rate(), settings.warmUpSeconds());
            long sessions = settings.sessions();
            SessionLoad load = bench.newLoad(sessions);
            bench.timeline.start();
            OptionalLong lagAtStop;
            OptionalLong outboxAtStop;
            OptionalDouble drained;
            try (PeriodicSampler sampler = new PeriodicSampler()
                    .add(PeriodicSampler.pipeline(bench.monitor, bench.timeline)).start(1000)) {
                probes.forEach(FreshnessProbe::start);
                bench.log.info(String.format(Locale.ROOT, "posting %,d sessions for %,d users at %.0f/s, %d probes polling every %d ms",
                        sessions, settings.users(), settings.rate(), probeCount, pollMillis));
                load.send(sessions, settings.rate());
                bench.timeline.event("load sent");
                for (FreshnessProbe probe : probes) {
                    probe.stop();
                }
                lagAtStop = bench.monitor.consumerLag();
                outboxAtStop = bench.monitor.outboxPending();
                bench.log.info("load sent; consumer lag " + lagAtStop + ", outbox " + outboxAtStop);
                drained = bench.awaitSettledAndDrained(load, sessions);
                bench.timeline.event("drained");
                load.shutdown();
            }
            ExactlyOnceCheck.Result result = bench.verdict(load, progressUrl, probeUsers);

            long[] visible = probes.stream().flatMap(p -> p.visible().stream()).mapToLong(Long::longValue).sorted().toArray();
            long[] posts = probes.stream().flatMap(p -> p.posts().stream()).mapToLong(Long::longValue).sorted().toArray();
            long[] afterPost = probes.stream().flatMap(p -> p.afterPost().stream()).mapToLong(Long::longValue).sorted().toArray();
            long timeouts = probes.stream().mapToLong(FreshnessProbe::timeouts).sum();
            double p50 = Percentiles.of(visible, 0.50) / 1e6;
            double p99 = Percentiles.of(visible, 0.99) / 1e6;
            boolean freshnessMet = visible.length > 0 && p50 < P50_GOAL_MS && p99 < P99_GOAL_MS && timeouts == 0;

            Summary summary = new Summary();
            summary.paragraph(String.format(Locale.ROOT, "A constant %.0f sessions/s for %d s (%,d sessions, %,d users) "
                    + "posted to routine-service, while %d probe users each posted one session at a time (completed a "
                    + "minute earlier) and polled `GET /progress/me` every %d ms until their session count included it. "
                    + "Freshness is the time from sending the POST to that answer: routine's transaction, the outbox relay, "
                    + "the broker, progress-service's consumer batch and the read. Then the consumer lag when the load "
                    + "stopped and the time to drain it.", settings.rate(), seconds, sessions, settings.users(), probeCount,
                    pollMillis));
            summary.conditions(bench.started, bench.loadAtStart, settings);
            bench.loadSection(summary, load, sessions, settings.rate());
            summary.heading("Freshness");
            summary.table(List.of("figure", "value", "goal"), List.of(
                    new String[] {"probe sessions measured", Summary.count(visible.length), ""},
                    new String[] {"POST sent → visible, p50", Summary.ms(p50) + " ms", "< 50 ms"},
                    new String[] {"POST sent → visible, p99", Summary.ms(p99) + " ms", "< 250 ms"},
                    new String[] {"POST sent → visible, max", Summary.ms(Percentiles.of(visible, 1.0) / 1e6) + " ms", ""},
                    new String[] {"of which the probe's POST itself, p50 / p99", Summary.ms(Percentiles.of(posts, 0.5) / 1e6)
                            + " / " + Summary.ms(Percentiles.of(posts, 0.99) / 1e6) + " ms", ""},
                    new String[] {"201 received → visible (outbox, broker, consumer, read), p50 / p99",
                            Summary.ms(Percentiles.of(afterPost, 0.5) / 1e6) + " / " + Summary.ms(Percentiles.of(afterPost, 0.99) / 1e6) + " ms", ""},
                    new String[] {"probe sessions not visible within 60 s", Summary.count(timeouts), "0"},
                    new String[] {"consumer lag when the load stopped", lagAtStop.isPresent() ? Summary.count(lagAtStop.getAsLong()) + " records" : "–", ""},
                    new String[] {"outbox not yet published when the load stopped", outboxAtStop.isPresent() ? Summary.count(outboxAtStop.getAsLong()) + " rows" : "–", ""},
                    new String[] {"time from the last session sent to lag 0 and outbox empty", drained.isPresent()
                            ? String.format(Locale.ROOT, "%.1f s", drained.getAsDouble()) : "not drained", ""}));
            summary.paragraph("**Freshness goal (p50 < 50 ms, p99 < 250 ms): " + (freshnessMet ? "met" : "not met") + "**");
            SystemBench.verdictSection(summary, result, drained.isPresent(), List.of());
            pass = freshnessMet && SystemBench.passed(result, drained.isPresent(), List.of());
            bench.finish(summary, load);
        }
        System.exit(pass ? 0 : 1);
    }
}
