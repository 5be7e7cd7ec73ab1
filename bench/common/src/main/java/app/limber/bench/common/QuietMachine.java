package app.limber.bench.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Waits until the machine's CPUs are nearly idle, from the first line of {@code /proc/stat}: a run that starts while
 * the previous step's leftovers (a garbage collection, the kernel writing dirty pages, autovacuum) still run pays for
 * them, and its place in the order would weigh on its figure.
 */
public final class QuietMachine {

    private static final Path STAT = Path.of("/proc/stat");

    private QuietMachine() {
    }

    /** How long a wait took, and the share of all CPUs busy over its last interval (NaN where /proc is missing). */
    public record Waited(Duration waited, double busyShare, boolean quiet) {
    }

    /**
     * Returns once the CPUs were at most {@code busyShare} busy over one {@code interval}, or at the deadline,
     * whichever comes first.
     */
    public static Waited await(double busyShare, Duration interval, Duration deadline) throws InterruptedException {
        long start = System.nanoTime();
        Optional<long[]> before = ticks();
        if (before.isEmpty()) {
            return new Waited(Duration.ZERO, Double.NaN, false);
        }
        double busy = Double.NaN;
        while (System.nanoTime() - start < deadline.toNanos()) {
            Thread.sleep(interval.toMillis());
            long[] after = ticks().orElseThrow();
            busy = busyShare(before.get(), after);
            before = Optional.of(after);
            if (busy <= busyShare) {
                return new Waited(Duration.ofNanos(System.nanoTime() - start), busy, true);
            }
        }
        return new Waited(Duration.ofNanos(System.nanoTime() - start), busy, false);
    }

    /** Idle and I/O wait count as not busy: waiting for the disk leaves the CPU to whoever comes next. */
    private static double busyShare(long[] before, long[] after) {
        long total = 0;
        long idle = 0;
        for (int i = 0; i < after.length; i++) {
            long delta = after[i] - before[i];
            total += delta;
            if (i == 3 || i == 4) {
                idle += delta;
            }
        }
        return total == 0 ? 0 : (double) (total - idle) / total;
    }

    /**
     * The aggregate {@code cpu} line's first eight fields: user, nice, system, idle, iowait, irq, softirq, steal (the
     * guest fields after them are already part of user and nice).
     */
    private static Optional<long[]> ticks() {
        if (!Files.isReadable(STAT)) {
            return Optional.empty();
        }
        try {
            String line = Files.readAllLines(STAT).get(0);
            return Optional.of(Arrays.stream(line.trim().split("\\s+")).skip(1).limit(8).mapToLong(Long::parseLong)
                    .toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
