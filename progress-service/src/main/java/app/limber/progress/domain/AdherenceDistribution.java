package app.limber.progress.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Weekly adherence across many plans in one week: how many were active, mean and median of
 * min(1, done / target), and the share that met their target. Every value of a plan-week is done/target with
 * small integers, so the week arrives as counts per (done, target) and the statistics are exact: an active
 * plan-week without any count is one with nothing done (adherence 0).
 *
 * @param mean     null when no plan was active; likewise {@code median} and {@code metShare}
 * @param median   the middle value, or the mean of the two middle values for an even count
 */
public record AdherenceDistribution(int plansActive, Double mean, Double median, Double metShare) {

    /** {@code plans} plan-weeks with {@code done} sessions of a {@code target} (done may exceed the target). */
    public record Bucket(int done, int target, int plans) {

        double adherence() {
            return Math.min(1.0, (double) done / target);
        }
    }

    public static AdherenceDistribution of(int plansActive, Collection<Bucket> tallied) {
        if (plansActive == 0) {
            return new AdherenceDistribution(0, null, null, null);
        }
        List<Bucket> sorted = new ArrayList<>(tallied);
        sorted.sort(Comparator.comparingDouble(Bucket::adherence));
        int withSessions = sorted.stream().mapToInt(Bucket::plans).sum();
        if (withSessions > plansActive) {
            throw new IllegalArgumentException(withSessions + " tallied plan-weeks but only " + plansActive + " active");
        }
        double sum = sorted.stream().mapToDouble(bucket -> bucket.plans() * bucket.adherence()).sum();
        int met = sorted.stream().filter(bucket -> bucket.done() >= bucket.target()).mapToInt(Bucket::plans).sum();
        List<Bucket> values = new ArrayList<>();
        values.add(new Bucket(0, 1, plansActive - withSessions));
        values.addAll(sorted);
        double median = (valueAt(values, (plansActive - 1) / 2) + valueAt(values, plansActive / 2)) / 2;
        return new AdherenceDistribution(plansActive, sum / plansActive, median, (double) met / plansActive);
    }

    /** The {@code index}-th smallest value (0-based) of buckets sorted by adherence. */
    private static double valueAt(List<Bucket> sorted, int index) {
        int seen = 0;
        for (Bucket bucket : sorted) {
            seen += bucket.plans();
            if (index < seen) {
                return bucket.adherence();
            }
        }
        throw new IllegalArgumentException("no value " + index);
    }
}
