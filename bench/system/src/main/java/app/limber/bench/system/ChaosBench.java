package app.limber.bench.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

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

            ScheduledRun.Outcome outcome = ScheduledRun.run(bench, faults);
            ExactlyOnceCheck.Result result = bench.verdict(outcome.load(), progress.baseUrl());
            Summary summary = new Summary();
            summary.paragraph(String.format(Locale.ROOT, "%,d sessions for %,d users posted to routine-service at a "
                    + "constant %.0f/s (each with an Idempotency-Key, retried with the same key until it got its 201), "
                    + "while the bench killed and restarted parts of the system; then, once routine's outbox and "
                    + "progress-service's consumer lag were at 0, every user's `GET /progress/me` was compared with "
                    + "a recomputation from routine-service's own `training_session` and `plan` rows.",
                    outcome.sessions(), settings.users(), settings.rate()));
            ScheduledRun.describe(summary, bench, outcome, faults, "Faults",
                    List.of("t (s)", "fault", "at load progress", "back (ready) after", "progress-service applying events again after"));
            summary.paragraph("Both durations run from the fault. The next fault waits for the previous one to be "
                    + "behind (progress-service applying events again), so a kill never hits an instance that has "
                    + "not yet joined the consumer group.");
            pass = ScheduledRun.verdict(summary, outcome, result, faults.failures("faults"));
            bench.finish(summary, outcome.load());
        }
        System.exit(pass ? 0 : 1);
    }

    private static void restart(ServiceInstance service) throws Exception {
        service.start();
        service.awaitReady(SystemUnderTest.READY_TIMEOUT);
    }
}
