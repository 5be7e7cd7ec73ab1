package app.limber.progress.domain;

import java.util.ArrayList;
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
 * A run ({@link #runs}) is a maximal sequence of met weeks in that sense; both figures are lengths of runs.
 */
public record WeeklyStreak(int current, int longest) {

    /** A maximal sequence of met weeks, consecutive among the weeks that had a target; never empty. */
    public record Run(List<IsoWeek> weeks) {

        public Run {
            weeks = List.copyOf(weeks);
            if (weeks.isEmpty()) {
                throw new IllegalArgumentException("a run has at least one week");
            }
        }

        public IsoWeek first() {
            return weeks.get(0);
        }

        public IsoWeek last() {
            return weeks.get(weeks.size() - 1);
        }

        public int length() {
            return weeks.size();
        }
    }

    public static WeeklyStreak of(Collection<UserWeek> weeks, IsoWeek running) {
        List<UserWeek> settled = settled(weeks, running);
        List<Run> runs = runs(settled);
        boolean lastSettledMet = !settled.isEmpty() && settled.get(settled.size() - 1).met();
        int current = lastSettledMet ? runs.get(runs.size() - 1).length() : 0;
        int longest = runs.stream().mapToInt(Run::length).max().orElse(0);
        return new WeeklyStreak(current, longest);
    }

    /** Every run among the weeks settled by {@code running}, in week order. */
    public static List<Run> runs(Collection<UserWeek> weeks, IsoWeek running) {
        return runs(settled(weeks, running));
    }

    private static List<UserWeek> settled(Collection<UserWeek> weeks, IsoWeek running) {
        return weeks.stream()
                .filter(UserWeek::hasTarget)
                .filter(week -> week.week().isBefore(running) || week.week().equals(running) && week.met())
                .sorted(Comparator.comparing(UserWeek::week))
                .toList();
    }

    private static List<Run> runs(List<UserWeek> settled) {
        List<Run> runs = new ArrayList<>();
        List<IsoWeek> run = new ArrayList<>();
        for (UserWeek week : settled) {
            if (week.met()) {
                run.add(week.week());
            } else if (!run.isEmpty()) {
                runs.add(new Run(run));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(new Run(run));
        }
        return runs;
    }
}
