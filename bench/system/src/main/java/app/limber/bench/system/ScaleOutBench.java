package app.limber.bench.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 6 item 2, scale-out: two progress-service instances in one consumer group on the partitioned topics;
 * a second instance joins under load, later the first one leaves (SIGTERM); the exactly-once verdict must
 * hold and every instance meant to be up must stay ready. Run by bench/scale-out.sh.
 */
public final class ScaleOutBench {

    private ScaleOutBench() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment("100000", "1000", "300");
        boolean pass;
        try (SystemBench bench = SystemBench.start("scale-out", settings)) {
            bench.warmUpAndPlans();
            SystemUnderTest system = bench.system;
            ServiceInstance first = system.service("progress");
            // same module, same database, same (default) consumer group: a second replica
            ServiceInstance second = system.addService("progress-2", "progress-service", Map.of());
            ReadinessWatch readiness = new ReadinessWatch(bench.timeline);
            readiness.watch(first);
            FaultSchedule changes = new FaultSchedule(() -> bench.awaitConsuming(second.baseUrl(), Duration.ofMinutes(6)))
                    .at(0.30, "progress-2 joins", second::start, () -> {
                        second.awaitReady(SystemUnderTest.READY_TIMEOUT);
                        readiness.watch(second);
                    })
                    .at(0.65, "progress leaves (SIGTERM)", () -> {
                        readiness.unwatch(first);
                        first.stop();
                    }, () -> { });

            Runnable members = () -> bench.monitor.groupMembers().ifPresent(n ->
                    bench.timeline.sample("consumer group members", "progress-service group", n));
            ScheduledRun.Outcome outcome;
            try (PeriodicSampler readinessSampler = new PeriodicSampler().add(readiness).start(500)) {
                outcome = ScheduledRun.run(bench, changes, members);
            }
            ExactlyOnceCheck.Result result = bench.verdict(outcome.load(), second.baseUrl());
            List<String> failures = new ArrayList<>(changes.failures("group changes"));
            if (readiness.notReady.get() > 0) {
                failures.add(readiness.notReady.get() + " readiness samples were not UP");
            }
            Summary summary = new Summary();
            summary.paragraph(String.format(Locale.ROOT, "%,d sessions for %,d users posted to routine-service at a "
                    + "constant %.0f/s (retried with the same Idempotency-Key until 201). progress-service started as one "
                    + "instance; a second instance (same database, same consumer group `progress-service`, topics of 6 "
                    + "partitions) joined under load, then the first one was stopped with SIGTERM (it leaves the group "
                    + "on its way out). Readiness of every instance meant to be up was sampled every 0.5 s. Afterwards "
                    + "every user's `GET /progress/me` (from the remaining instance) was compared with a recomputation "
                    + "from routine-service's own rows.", outcome.sessions(), settings.users(), settings.rate()));
            ScheduledRun.describe(summary, bench, outcome, changes, "Group changes",
                    List.of("t (s)", "change", "at load progress", "done after", "progress-2 applying events after"));
            List<String[]> readinessRows = new ArrayList<>();
            readinessRows.add(new String[] {"samples (every 0.5 s)", Summary.count(readiness.samples.get())});
            readiness.notReadyByInstance.forEach((name, n) -> readinessRows.add(new String[] {"not UP: " + name,
                    Summary.count(n.get())}));
            summary.heading("Readiness");
            summary.table(List.of("figure", "value"), readinessRows);
            pass = ScheduledRun.verdict(summary, outcome, result, failures);
            bench.finish(summary, outcome.load());
        }
        System.exit(pass ? 0 : 1);
    }
}
