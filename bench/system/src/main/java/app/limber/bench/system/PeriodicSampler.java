package app.limber.bench.system;

import app.limber.bench.common.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the given probes every {@code periodMillis} on one background thread until closed. */
final class PeriodicSampler implements AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Runnable> probes = new ArrayList<>();

    PeriodicSampler add(Runnable probe) {
        probes.add(probe);
        return this;
    }

    PeriodicSampler start(long periodMillis) {
        executor.scheduleWithFixedDelay(() -> probes.forEach(probe -> {
            try {
                probe.run();
            } catch (RuntimeException e) {
                System.err.println("bench: sampler: " + e);
            }
        }), 0, periodMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The standard panels: consumer lag, outbox backlog, consumer group size. */
    static Runnable pipeline(SystemMonitor monitor, Timeline timeline) {
        return () -> {
            double t = timeline.seconds();
            monitor.consumerLag().ifPresent(lag -> timeline.sample(t, "consumer lag (records)", "progress-service group", lag));
            monitor.outboxPending().ifPresent(rows -> timeline.sample(t, "outbox not yet published (rows)", "routine-service", rows));
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
