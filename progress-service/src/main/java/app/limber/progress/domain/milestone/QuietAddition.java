package app.limber.progress.domain.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import app.limber.progress.domain.DailyStreak;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekRule;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;

/**
 * A batch of sessions added in order that makes no celebration newly true, recognised from the batch and one fact
 * kept per user, without reading their history: most batches are such, since most sessions reach no threshold.
 *
 * <p><b>Precondition</b>, as for {@link CelebrationWindow}: what is recorded was reconciled with the user's facts as
 * they stood before the batch, and {@code latest} is their last run of days with a session then. When every day
 * added lies in that run or after it, the rules' candidates change only as follows:
 * <ul>
 *   <li>daily streaks: the latest run grows and later runs begin; a run reaching a threshold it had not reached is
 *       new (checked), and a run that only grows keeps overlapping what it overlapped, so what it was covered by
 *       still covers it and every recorded occurrence it kept true stays true;</li>
 *   <li>comebacks: a spell can only begin after the latest run's last day (checked); earlier spells are untouched;</li>
 *   <li>week-target-met: new when a plan-week reaches its target (checked);</li>
 *   <li>weekly streaks: a week joins a run only when the user's week, all their plans summed, reaches its target
 *       (checked, which needs every plan-week of that week to be one the batch counted toward); the weeks that
 *       follow the last counted week are unmet and end the latest run where it ended.</li>
 * </ul>
 * So when no check finds anything, {@link MilestoneReconciliation#reconcile} over the whole history changes nothing
 * ({@code CelebrationWindowTest} replays randomized histories against it), and the caller records nothing.
 */
public final class QuietAddition {

    private QuietAddition() {
    }

    /** The last run of these days with a session: what an in-order batch needs of a user's days; empty when none. */
    public static Optional<DailyStreak.Run> latestRun(Collection<LocalDate> activeDays) {
        List<DailyStreak.Run> runs = DailyStreak.runs(activeDays);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /**
     * @param latest the user's latest run before the batch
     * @return their latest run after it, when the batch makes no celebration newly true; empty when it may, or when a
     *         day added lies before {@code latest}
     */
    public static Optional<DailyStreak.Run> after(DailyStreak.Run latest, AddedSessions added,
                                                  MilestoneSettings settings) {
        return days(latest, added.sessions(), settings).filter(run -> noWeekReachesItsTarget(added));
    }

    private static Optional<DailyStreak.Run> days(DailyStreak.Run latest, List<SessionFact> sessions,
                                                  MilestoneSettings settings) {
        TreeSet<LocalDate> days = sessions.stream().map(SessionFact::localDate)
                .collect(Collectors.toCollection(TreeSet::new));
        if (days.first().isBefore(latest.first())) {
            return Optional.empty();
        }
        LocalDate first = latest.first();
        LocalDate last = latest.last();
        for (LocalDate day : days.tailSet(latest.last(), false)) {
            long away = ChronoUnit.DAYS.between(last, day);
            if (away >= settings.inactiveAfterDays()) {
                return Optional.empty();
            }
            long before = away == 1 ? ChronoUnit.DAYS.between(first, last) + 1 : 0;
            if (away != 1) {
                first = day;
            }
            last = day;
            long now = ChronoUnit.DAYS.between(first, last) + 1;
            if (StreakKind.DAILY.thresholds().stream().anyMatch(threshold -> before < threshold && threshold <= now)) {
                return Optional.empty();
            }
        }
        return Optional.of(new DailyStreak.Run(first, last));
    }

    private static boolean noWeekReachesItsTarget(AddedSessions added) {
        Map<PlanWeek, Integer> standing = new HashMap<>();
        added.standing().forEach(tally -> standing.put(PlanWeek.of(tally), tally.done()));
        Map<IsoWeek, Map<UUID, Integer>> counted = new TreeMap<>();
        added.counted().forEach(tally -> counted.computeIfAbsent(tally.week(), week -> new HashMap<>())
                .merge(tally.planId(), tally.done(), Integer::sum));
        for (Map.Entry<IsoWeek, Map<UUID, Integer>> week : counted.entrySet()) {
            int target = 0;
            int before = 0;
            int after = 0;
            int plansCounted = 0;
            for (PlanFact plan : added.plans()) {
                int planTarget = PlanWeekRule.targetIn(plan, week.getKey());
                if (planTarget == 0) {
                    continue;
                }
                Integer now = standing.get(new PlanWeek(plan.planId(), week.getKey()));
                Integer count = week.getValue().get(plan.planId());
                if (now == null || count == null) {
                    // a plan-week of this week the batch did not count toward: its tally is not known here
                    return false;
                }
                int was = now - count;
                if (was < planTarget && now >= planTarget) {
                    return false;
                }
                target += planTarget;
                before += was;
                after += now;
                plansCounted++;
            }
            if (plansCounted != week.getValue().size() || before < target && after >= target) {
                return false;
            }
        }
        return true;
    }

    private record PlanWeek(UUID planId, IsoWeek week) {

        static PlanWeek of(PlanWeekTally tally) {
            return new PlanWeek(tally.planId(), tally.week());
        }
    }
}
