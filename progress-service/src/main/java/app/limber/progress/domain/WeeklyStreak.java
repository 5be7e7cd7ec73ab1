package app.limber.progress.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Consecutive weeks in which the user met their weekly target (the sum of their active plans'
 * targets for that week).
 *
 * <ul>
 *   <li>The running week does not break the streak until it is over: it joins the streak as soon as
 *       its target is met, and until then the current streak is the run ending in the weeks before.</li>
 *   <li>A week without any active plan neither extends nor breaks the streak: there was no target
 *       to meet or miss, and a planned pause (between two training blocks, a holiday without a plan)
 *       should not cost what was earned. It is skipped, so "consecutive" means consecutive among the
 *       weeks that had a target.</li>
 * </ul>
 */
public record WeeklyStreak(int current, int longest) {

    public static WeeklyStreak of(Collection<UserWeek> weeks, IsoWeek running) {
        List<UserWeek> settled = weeks.stream()
                .filter(UserWeek::hasTarget)
                .filter(week -> week.week().isBefore(running) || week.week().equals(running) && week.met())
                .sorted(Comparator.comparing(UserWeek::week))
                .toList();
        int longest = 0;
        int run = 0;
        for (UserWeek week : settled) {
            run = week.met() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return new WeeklyStreak(run, longest);
    }
}
