package app.limber.bench.routine;

import java.util.OptionalInt;

/**
 * The search for the highest arrival rate whose step meets the goal: doubles the rate from the start rate while the goal
 * is met, then bisects between the last rate that met it and the first that did not, to within a tenth (at least 10/s).
 */
final class RateSearch {

    private final double p99GoalMillis;
    private int rate;
    private int low;
    private int high;
    private boolean bisecting;

    RateSearch(int startRate, double p99GoalMillis) {
        this.rate = startRate;
        this.p99GoalMillis = p99GoalMillis;
    }

    /** The rate to measure next, or empty once the search has settled. */
    OptionalInt next() {
        if (!bisecting) {
            return OptionalInt.of(rate);
        }
        return high - low > Math.max(10, high / 10) ? OptionalInt.of((low + high) / 2) : OptionalInt.empty();
    }

    /** Takes the step measured at the rate {@link #next()} gave. */
    void record(Step step) {
        boolean met = step.meets(p99GoalMillis);
        if (!bisecting) {
            if (met) {
                low = step.rate();
                rate *= 2;
            } else {
                high = step.rate();
                bisecting = true;
            }
        } else if (met) {
            low = step.rate();
        } else {
            high = step.rate();
        }
    }
}
