package app.limber.progress.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every active plan-week of a user up to a given week, with zero where no session counted. Stored
 * tallies only hold weeks with sessions, and open-ended plans have no last week, so the weeks that
 * matter are enumerated here, at read time, against "now". A week the plan skips (every day of it
 * paused, {@link PlanWeekRule}) is no plan-week and is left out.
 */
public final class PlanWeekHistory {

    static final Comparator<PlanWeekTally> ORDER =
            Comparator.comparing(PlanWeekTally::week).thenComparing(PlanWeekTally::planId);

    private final List<PlanWeekTally> tallies;

    private PlanWeekHistory(List<PlanWeekTally> tallies) {
        this.tallies = tallies;
    }

    /**
     * @param counted stored tallies (weeks in which sessions counted); a tally for a week in which its plan
     *                is not (or no longer) active is ignored, and targets always come from {@link PlanWeekRule}
     * @param last    the last week to include, normally the running week
     */
    public static PlanWeekHistory through(Collection<PlanFact> plans, Collection<PlanWeekTally> counted, IsoWeek last) {
        return between(plans, counted, null, last);
    }

    /**
     * The same plan-weeks from {@code first} on only: exactly those of {@link #through} that are not before
     * {@code first}, for a caller that read the tallies of those weeks only.
     *
     * @param first the first week to include; null for each plan's first week
     */
    public static PlanWeekHistory between(Collection<PlanFact> plans, Collection<PlanWeekTally> counted, IsoWeek first,
                                          IsoWeek last) {
        Map<PlanWeekKey, Integer> done =
                counted.stream().collect(Collectors.toMap(PlanWeekKey::of, PlanWeekTally::done, Integer::sum));
        List<PlanWeekTally> all = new ArrayList<>();
        for (PlanFact plan : plans) {
            for (IsoWeek week : PlanWeekRule.activeWeeksBetween(plan, first, last)) {
                int target = PlanWeekRule.targetIn(plan, week);
                if (target > 0) {
                    all.add(new PlanWeekTally(plan.planId(), week,
                            done.getOrDefault(new PlanWeekKey(plan.planId(), week), 0), target));
                }
            }
        }
        all.sort(ORDER);
        return new PlanWeekHistory(List.copyOf(all));
    }

    /** All plan-weeks, ordered by week then plan id. */
    public List<PlanWeekTally> planWeeks() {
        return tallies;
    }

    /** The same weeks summed per ISO week over the user's plans, in week order. */
    public List<UserWeek> userWeeks() {
        Map<IsoWeek, List<PlanWeekTally>> byWeek =
                tallies.stream().collect(Collectors.groupingBy(PlanWeekTally::week, TreeMap::new, Collectors.toList()));
        return byWeek.entrySet().stream()
                .map(week -> new UserWeek(week.getKey(), sum(week.getValue(), PlanWeekTally::done),
                        sum(week.getValue(), PlanWeekTally::target)))
                .toList();
    }

    private static int sum(List<PlanWeekTally> tallies, Function<PlanWeekTally, Integer> field) {
        return tallies.stream().mapToInt(field::apply).sum();
    }
}
