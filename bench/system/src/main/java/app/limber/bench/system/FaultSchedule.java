package app.limber.bench.system;

import app.limber.bench.common.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Faults injected at given shares of the load's progress (sessions recorded / sessions planned), one after
 * the other on their own thread: each waits for its threshold and for the previous fault's recovery.
 */
final class FaultSchedule {

    interface Action {
        void run() throws Exception;
    }

    record Step(double atShare, String label, Action fault, Action recovery) {
    }

    record Done(String label, double tSeconds, double atShare, double recoverySeconds, double consumingSeconds,
                String error) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final Action consuming;
    private final List<Done> done = new ArrayList<>();
    private Thread thread;

    /** @param consuming returns once progress-service applies events again (waited for after each fault) */
    FaultSchedule(Action consuming) {
        this.consuming = consuming;
    }

    FaultSchedule at(double share, String label, Action fault, Action recovery) {
        steps.add(new Step(share, label, fault, recovery));
        return this;
    }

    void start(LongSupplier progress, long total, Timeline timeline, Log log) {
        thread = new Thread(() -> {
            for (Step step : steps) {
                try {
                    while (progress.getAsLong() < step.atShare() * total) {
                        Thread.sleep(50);
                    }
                    double share = (double) progress.getAsLong() / total;
                    double t = timeline.seconds();
                    timeline.event(step.label());
                    log.info(String.format(Locale.ROOT, "%s at %.0f %% of the load", step.label(), share * 100));
                    long start = System.nanoTime();
                    String error = null;
                    double recovery = Double.NaN;
                    double resumed = Double.NaN;
                    try {
                        step.fault().run();
                        step.recovery().run();
                        recovery = (System.nanoTime() - start) / 1e9;
                        log.info(String.format(Locale.ROOT, "%s: back after %.1f s", step.label(), recovery));
                        // the next fault only once this one is fully behind: else a kill could hit an instance
                        // that has not even joined the consumer group yet
                        consuming.run();
                        resumed = (System.nanoTime() - start) / 1e9;
                        log.info(String.format(Locale.ROOT, "%s: progress-service consuming again after %.1f s",
                                step.label(), resumed));
                    } catch (Exception e) {
                        error = e.toString();
                        log.info(step.label() + " failed: " + e);
                    }
                    synchronized (done) {
                        done.add(new Done(step.label(), t, share, recovery, resumed, error));
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-faults");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the schedule to finish; false if it is still running at the deadline. */
    boolean join(java.time.Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    /**
     * What makes the run not count, in the verdict's words: a step that was not made or not recovered from,
     * or one that came only once every session had been recorded (it tested nothing under load).
     */
    List<String> failures(String stepsCalled) {
        List<Done> finished = done();
        List<String> failures = new ArrayList<>();
        if (finished.size() != steps.size() || finished.stream().anyMatch(d -> d.error() != null)) {
            failures.add("not every one of the " + stepsCalled + " was made and recovered from");
        }
        long afterLoad = finished.stream().filter(d -> d.atShare() >= 0.999).count();
        if (afterLoad > 0) {
            failures.add(afterLoad + " " + stepsCalled + " only came after the whole load was recorded (too short a run: "
                    + "raise BENCH_SESSIONS or lower BENCH_RATE)");
        }
        return failures;
    }

    List<Done> done() {
        synchronized (done) {
            return List.copyOf(done);
        }
    }

    List<String[]> rows() {
        return done().stream().map(d -> new String[] {
                String.format(Locale.ROOT, "%.1f", d.tSeconds()), d.label(),
                String.format(Locale.ROOT, "%.0f %%", d.atShare() * 100),
                d.error() == null ? String.format(Locale.ROOT, "%.1f s", d.recoverySeconds()) : "failed: " + d.error(),
                Double.isNaN(d.consumingSeconds()) ? "–" : String.format(Locale.ROOT, "%.1f s", d.consumingSeconds())})
                .toList();
    }
}
