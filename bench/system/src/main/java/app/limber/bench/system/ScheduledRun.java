package app.limber.bench.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The run that chaos and scale-out share: the warm-up, then the load at the configured rate while a
 * {@link FaultSchedule} makes its changes, sampled every second, until routine's outbox and the consumer
 * lag are drained. What differs between them is the schedule and what they report besides.
 */
final class ScheduledRun {

    record Outcome(SessionLoad load, long sessions, OptionalDouble drained) {
    }

    private ScheduledRun() {
    }

    /** @param everySecond more samples for the chart, taken with the load's own */
    static Outcome run(SystemBench bench, FaultSchedule schedule, Runnable... everySecond) throws Exception {
        Settings settings = bench.settings;
        bench.warmUpLoad(settings.rate(), settings.warmUpSeconds());
        long sessions = settings.sessions();
        SessionLoad load = bench.newLoad(sessions);
        bench.timeline.start();
        PeriodicSampler sampler = new PeriodicSampler().add(PeriodicSampler.pipeline(bench.monitor, bench.timeline));
        for (Runnable probe : everySecond) {
            sampler.add(probe);
        }
        OptionalDouble drained;
        try (PeriodicSampler running = sampler.start(1000)) {
            schedule.start(load.accepted::get, sessions, bench.timeline, bench.log);
            bench.log.info(String.format(Locale.ROOT, "posting %,d sessions for %,d users at %.0f/s", sessions,
                    settings.users(), settings.rate()));
            load.send(sessions, settings.rate());
            bench.timeline.event("load sent");
            if (!schedule.join(Duration.ofSeconds(settings.settleTimeoutSeconds()))) {
                bench.log.info("the schedule did not finish in time");
            }
            drained = bench.awaitSettledAndDrained(load, sessions);
            bench.log.info(drained.isPresent() ? String.format(Locale.ROOT, "drained %.1f s after the last session was due",
                    drained.getAsDouble()) : "not drained");
            bench.timeline.event("drained");
        }
        load.shutdown();
        return new Outcome(load, sessions, drained);
    }

    /** The summary's common part: conditions, the load, and the schedule as a table under its heading. */
    static void describe(Summary summary, SystemBench bench, Outcome outcome, FaultSchedule schedule, String heading,
                         List<String> columns) {
        summary.conditions(bench.started, bench.loadAtStart, bench.settings);
        bench.loadSection(summary, outcome.load(), outcome.sessions(), bench.settings.rate());
        summary.heading(heading);
        summary.table(columns, schedule.rows());
    }

    /** The verdict with the drain before it: how long the outbox and the consumer took to reach 0. */
    static boolean verdict(Summary summary, Outcome outcome, ExactlyOnceCheck.Result result, List<String> failures) {
        summary.paragraph(outcome.drained().isPresent()
                ? String.format(Locale.ROOT, "Outbox and consumer lag at 0 %.1f s after the last session was sent.",
                        outcome.drained().getAsDouble())
                : "The outbox or the consumer lag did **not** reach 0 in time.");
        SystemBench.verdictSection(summary, result, outcome.drained().isPresent(), failures);
        return SystemBench.passed(result, outcome.drained().isPresent(), failures);
    }
}
