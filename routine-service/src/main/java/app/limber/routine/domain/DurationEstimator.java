package app.limber.routine.domain;

import java.util.List;

/**
 * Estimates a routine's duration from its prescriptions. The rules (also in the OpenAPI description):
 * <ul>
 *   <li>work per set: {@code durationSeconds} when given; else {@code reps} x ({@value #SECONDS_PER_REP} s +
 *       {@code holdSeconds}); else {@code holdSeconds}; else {@value #SECONDS_PER_UNPRESCRIBED_SET} s;</li>
 *   <li>a per-side item's work counts twice (a set is done on one side, then the other); each set is then
 *       followed once by the item's rest, as seed/routines.yaml defines it;</li>
 *   <li>absent {@code sets} means one set; the whole list is done {@code rounds} times;</li>
 *   <li>the minimum takes every range's min, the maximum every range's max.</li>
 * </ul>
 */
public final class DurationEstimator {

    /** A controlled, unhurried rep: about one second down, a short pause, one second up. */
    public static final int SECONDS_PER_REP = 3;
    /** A set with no prescribed amount at all. */
    public static final int SECONDS_PER_UNPRESCRIBED_SET = 30;

    /** One routine item: its effective prescription (null when the exercise is unknown) and rest. */
    public record Item(Prescription prescription, boolean perSide, int restSeconds) {
    }

    private DurationEstimator() {
    }

    public static DurationEstimate estimate(Range rounds, List<Item> items) {
        long min = 0;
        long max = 0;
        boolean complete = true;
        for (Item item : items) {
            if (item.prescription() == null) {
                complete = false;
                continue;
            }
            min += itemSeconds(item, true);
            max += itemSeconds(item, false);
        }
        return new DurationEstimate(saturated(min * rounds.min()), saturated(max * rounds.max()), complete);
    }

    private static int saturated(long seconds) {
        return (int) Math.min(Integer.MAX_VALUE, seconds);
    }

    /** Seconds of one item in one round, at the low or high end of its ranges. */
    public static int itemSeconds(Item item, boolean low) {
        Prescription p = item.prescription();
        long sets = pick(p.sets(), low, 1);
        int sides = item.perSide() ? 2 : 1;
        return saturated(sets * (sides * workPerSet(p, low) + item.restSeconds()));
    }

    static long workPerSet(Prescription p, boolean low) {
        if (p.durationSeconds() != null) {
            return pick(p.durationSeconds(), low, 0);
        }
        long hold = pick(p.holdSeconds(), low, 0);
        if (p.reps() != null) {
            return pick(p.reps(), low, 0) * (SECONDS_PER_REP + hold);
        }
        if (p.holdSeconds() != null) {
            return hold;
        }
        return SECONDS_PER_UNPRESCRIBED_SET;
    }

    private static int pick(Range range, boolean low, int absent) {
        if (range == null) {
            return absent;
        }
        return low ? range.min() : range.max();
    }
}
