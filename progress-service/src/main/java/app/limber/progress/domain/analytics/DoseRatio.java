package app.limber.progress.domain.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.SessionPrescription;

/**
 * How much of a prescribed item's dose a session did: for each dimension the item prescribes (a range with a minimum
 * above 0), what was done ÷ the prescribed minimum, capped at {@value #CAP}; the dose ratio is the mean of those.
 *
 * <ul>
 *   <li><b>sets</b>: the sets logged for the item in all rounds ÷ (sets.min × rounds.min × sides), sides being 2 for a
 *       per-side item and 1 otherwise. A per-side item counts per side as logged: a {@code left} or {@code right}
 *       entry's sets count once, a {@code both} entry's twice (one set of each side).</li>
 *   <li><b>reps</b>: reps per set, the mean over every logged set (weighted as above) ÷ reps.min.</li>
 *   <li><b>holdSeconds</b> and <b>durationSeconds</b>: the logged hold per set, the same mean, ÷ holdSeconds.min or
 *       durationSeconds.min (a session logs one time per set, its {@code holdSeconds}).</li>
 * </ul>
 * An item that was not logged has no dose ratio (it counts as skipped instead), and neither has one that prescribes
 * nothing measurable. Ratios are kept to 4 decimals, so that sums of them add and subtract exactly.
 */
public final class DoseRatio {

    public static final double CAP = 1.5;
    private static final BigDecimal CAP_DECIMAL = BigDecimal.valueOf(CAP);
    static final int SCALE = 4;

    private DoseRatio() {
    }

    /** The dose ratio of one item from its logged entries, or null when there is none. */
    public static BigDecimal of(SessionPrescription.Item item, int roundsMin, List<ExerciseFact> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        long sets = 0;
        long reps = 0;
        long hold = 0;
        for (ExerciseFact entry : entries) {
            long weighted = (long) entry.setsDone() * (item.perSide() && "both".equals(entry.side()) ? 2 : 1);
            sets += weighted;
            reps += weighted * entry.repsDone();
            hold += weighted * entry.holdSeconds();
        }
        List<BigDecimal> ratios = new ArrayList<>();
        long prescribedSets = minimum(item.sets()) * (long) Math.max(1, roundsMin) * (item.perSide() ? 2 : 1);
        add(ratios, sets, prescribedSets);
        add(ratios, perSet(reps, sets), minimum(item.reps()));
        add(ratios, perSet(hold, sets), minimum(item.holdSeconds()));
        add(ratios, perSet(hold, sets), minimum(item.durationSeconds()));
        if (ratios.isEmpty()) {
            return null;
        }
        BigDecimal sum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(ratios.size()), SCALE, RoundingMode.HALF_UP);
    }

    private static long minimum(SessionPrescription.Range range) {
        return range == null ? 0 : range.min();
    }

    private static BigDecimal perSet(long total, long sets) {
        return sets == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(sets), 10, RoundingMode.HALF_UP);
    }

    private static void add(List<BigDecimal> ratios, long done, long prescribed) {
        add(ratios, BigDecimal.valueOf(done), prescribed);
    }

    private static void add(List<BigDecimal> ratios, BigDecimal done, long prescribed) {
        if (prescribed > 0) {
            ratios.add(done.divide(BigDecimal.valueOf(prescribed), 10, RoundingMode.HALF_UP).min(CAP_DECIMAL));
        }
    }
}
