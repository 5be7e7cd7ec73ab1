package app.limber.bench.common;

/** Nearest-rank percentiles of an already sorted array, the one definition every bench reports with. */
public final class Percentiles {

    private Percentiles() {
    }

    public static double of(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))];
    }
}
