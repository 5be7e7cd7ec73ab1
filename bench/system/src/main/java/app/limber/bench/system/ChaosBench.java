package app.limber.bench.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Issue 6 item 1, exactly-once effect under faults: sessions through routine-service at a steady rate while
 * progress-service is killed (-9) three times, routine-service once, and the broker and PostgreSQL are
 * restarted once each; afterwards every user's statistics must equal the recomputation from routine's own
 * tables. Run by bench/chaos.sh.
 */
public final class ChaosBench {

    private ChaosBench() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment("100000", "1000", "300");
        boolean pass;
        try (SystemBench bench = SystemBench.start("chaos", settings)) {
            bench.warmUpAndPlans();
            SystemUnderTest system = bench.system;
            ServiceInstance progress = system.service("progress");
            ServiceInstance routine = system.service("routine");
            FaultSchedule faults = new FaultSchedule(() -> bench.awaitConsuming(progress.baseUrl(), Duration.ofMinutes(6)))
                    .at(0.20, "kill -9 progress", progress::kill9, () -> restart(progress))
                    .at(0.30, "kill -9 routine", routine::kill9, () -> restart(routine))
                    .at(0.40, "Kafka restarted", system::restartKafka, () -> { })
                    .at(0.50, "kill -9 progress", progress::kill9, () -> restart(progress))
                    .at(0.65, "PostgreSQL restarted", system::restartPostgres, () -> { })
                    .at(0.80, "kill -9 progress", progress::kill9, () -> restart(progress));

            bench.warmUpLoad(settings.rate(), settings.warmUpSeconds());
            long sessions = settings.sessions();
            SessionLoad load = bench.newLoad(sessions);
            bench.timeline.start();
            try (PeriodicSampler sampler = new PeriodicSampler()
                    .add(PeriodicSampler.pipeline(bench.monitor, bench.timeline)).start(1000)) {
                faults.start(load.accepted::get, sessions, bench.timeline, bench.log);
                bench.log.info(String.format(Locale.ROOT, "posting %,d sessions for %,d users at %.0f/s", sessions,
                        settings.users(), settings.rate()));
                load.send(sessions, settings.rate());
                bench.timeline.event("load sent");
                if (!faults.join(Duration.ofSeconds(settings.settleTimeoutSeconds()))) {
                    bench.log.info("the schedule did not finish in time");
                }
                OptionalDouble drained = bench.awaitSettledAndDrained(load, sessions);
                bench.log.info(drained.isPresent() ? String.format(Locale.ROOT, "drained %.1f s after the last session was due",
                        drained.getAsDouble()) : "not drained");
                bench.timeline.event("drained");
                load.shutdown();

                ExactlyOnceCheck.Result result = bench.verdict(load, progress.baseUrl());
                List<String> failures = new ArrayList<>();
                if (faults.done().size() != 6 || faults.done().stream().anyMatch(d -> d.error() != null)) {
                    failures.add("not every fault was injected and recovered from");
                }
                if (faults.afterLoad() > 0) {
                    failures.add(faults.afterLoad() + " faults only came after the whole load was recorded (too short a run: "
                            + "raise BENCH_SESSIONS or lower BENCH_RATE)");
                }
                Summary summary = new Summary();
                summary.paragraph(String.format(Locale.ROOT, "%,d sessions for %,d users posted to routine-service at a "
                        + "constant %.0f/s (each with an Idempotency-Key, retried with the same key until it got its 201), "
                        + "while the bench killed and restarted parts of the system; then, once routine's outbox and "
                        + "progress-service's consumer lag were at 0, every user's `GET /progress/me` was compared with "
                        + "a recomputation from routine-service's own `training_session` and `plan` rows.",
                        sessions, settings.users(), settings.rate()));
                summary.conditions(bench.started, bench.loadAtStart, settings);
                bench.loadSection(summary, load, sessions, settings.rate());
                summary.heading("Faults");
                summary.table(List.of("t (s)", "fault", "at load progress", "back (ready) after", "progress-service applying events again after"),
                        faults.rows());
                summary.paragraph("Both durations run from the fault. The next fault waits for the previous one to be "
                        + "behind (progress-service applying events again), so a kill never hits an instance that has "
                        + "not yet joined the consumer group.");
                summary.paragraph(drained.isPresent()
                        ? String.format(Locale.ROOT, "Outbox and consumer lag at 0 %.1f s after the last session was sent.", drained.getAsDouble())
                        : "The outbox or the consumer lag did **not** reach 0 in time.");
                SystemBench.verdictSection(summary, result, drained.isPresent(), failures);
                pass = SystemBench.passed(result, drained.isPresent(), failures);
                bench.finish(summary, load);
            }
        }
        System.exit(pass ? 0 : 1);
    }

    private static void restart(ServiceInstance service) throws Exception {
        service.start();
        service.awaitReady(SystemUnderTest.READY_TIMEOUT);
    }
}
