package app.limber.progress.domain.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The celebrations a batch of sessions added in order makes newly true, found from the batch and the user's
 * {@link LatestRuns} alone, without reading their history: a session every few days reaches a threshold, a target or a
 * comeback now and then, and most batches nothing at all.
 *
 * <p><b>Precondition</b>, as for {@link CelebrationWindow}: what is recorded was reconciled with the user's facts as
 * they stood before the batch, and {@code before} are their latest runs then. When every day added lies in the latest
 * daily run or after it, the rules' candidates change only as follows:
 * <ul>
 *   <li>daily streaks: the latest run grows and later runs begin; the thresholds a run reaches that it had not reached
 *       are new, and a run that only grows keeps overlapping what it overlapped, so what it was covered by still
 *       covers it and every recorded occurrence it kept true stays true;</li>
 *   <li>comebacks: a spell can only begin after the latest run's last day; earlier spells are untouched;</li>
 *   <li>week-target-met: new when a plan-week reaches its target;</li>
 *   <li>weekly streaks: a week joins a run only when the user's week, all their plans summed, reaches its target (which
 *       needs every plan-week of that week to be one the batch counted toward); it extends the latest run when no week
 *       with a target lies between them (such a week is unmet, or it would be in the run), and otherwise begins a new
 *       one, and the thresholds a run reaches that it had not reached are new.</li>
 * </ul>
 * So nothing recorded stops being true, and {@link MilestoneReconciliation#reconcile} over the whole history decides
 * exactly what {@link MilestoneReconciliation#publish} decides for the news over the recorded keys whose days reach
 * theirs ({@code CelebrationWindowTest} replays randomized histories against it). When a day added lies before the
 * latest run, or a week's standing is not known from the batch, or a week is met and the latest weekly run is not
 * known, this says nothing and the caller reads a window of the history.
 */
public final class InOrderAddition {

    private InOrderAddition() {
    }

    /**
     * @param news  the celebrations newly true, with their details and episodes as the whole history has them
     * @param after the user's latest runs after the batch
     */
    public record Outcome(List<Milestone> news, LatestRuns after) {

        public Outcome {
            news = List.copyOf(news);
        }

        /**
         * The publications of the news when the user's recorded keys are their own ({@link LatestRuns#ownKeys} before
         * the batch): each a first occurrence of its own key, as {@link MilestoneReconciliation#publish} decides with
         * the recorded keys, none of which can touch them; empty when the keys must be read.
         */
        public Optional<MilestoneChanges> publications(LatestRuns before) {
            return before.ownKeys() ? Optional.of(MilestoneReconciliation.publish(List.of(), news)) : Optional.empty();
        }

        /**
         * The first day the news are about: every recorded key that can cover one of them, or that one of them
         * revives, has days ending on or after it ({@link CelebrationWindow#days}).
         */
        public Optional<LocalDate> firstDay() {
            return news.stream().map(milestone -> milestone.episode() != null ? milestone.episode().first()
                    : CelebrationWindow.days(milestone.key()).orElseThrow().first()).min(Comparator.naturalOrder());
        }
    }

    /** @return what the batch makes newly true and the user's latest runs after it; empty when the history must say */
    public static Optional<Outcome> of(LatestRuns before, AddedSessions added, String userId,
                                       MilestoneSettings settings) {
        if (before.daily().isEmpty()) {
            return Optional.empty();
        }
        List<Milestone> news = new ArrayList<>();
        Optional<DailyStreak.Run> daily = days(before.daily().get(), added.sessions(), userId, settings, news);
        if (daily.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<IsoWeek>> newlyMet = weeks(added, userId, news);
        if (newlyMet.isEmpty()) {
            return Optional.empty();
        }
        if (newlyMet.get().isEmpty()) {
            return Optional.of(new Outcome(news, new LatestRuns(daily, before.weekly(), before.ownKeys())));
        }
        return before.weekly().flatMap(weekly -> weeklyRuns(weekly, newlyMet.get(), added.plans(), userId, news))
                .map(weekly -> new Outcome(news, new LatestRuns(daily, Optional.of(weekly), before.ownKeys())));
    }

    /** The daily runs and comebacks the days added make; the latest run after them, empty when one lies before it. */
    private static Optional<DailyStreak.Run> days(DailyStreak.Run latest, List<SessionFact> sessions, String userId,
                                                  MilestoneSettings settings, List<Milestone> news) {
        TreeSet<LocalDate> days = sessions.stream().map(SessionFact::localDate)
                .collect(Collectors.toCollection(TreeSet::new));
        if (days.first().isBefore(latest.first())) {
            return Optional.empty();
        }
        List<DailyStreak.Run> runs = new ArrayList<>();
        LocalDate first = latest.first();
        LocalDate last = latest.last();
        for (LocalDate day : days.tailSet(latest.last(), false)) {
            if (ChronoUnit.DAYS.between(last, day) > 1) {
                runs.add(new DailyStreak.Run(first, last));
                news.addAll(ComebackRule.milestones(userId, List.of(last, day), settings));
                first = day;
            }
            last = day;
        }
        runs.add(new DailyStreak.Run(first, last));
        for (int i = 0; i < runs.size(); i++) {
            // the first is the latest run, grown: the thresholds it had reached were celebrated
            int reachedBefore = i == 0 ? latest.length() : 0;
            StreakRule.daily(userId, List.of(runs.get(i))).stream()
                    .filter(milestone -> ((MilestonePeriod.Run) milestone.key().period()).threshold() > reachedBefore)
                    .forEach(news::add);
        }
        return Optional.of(runs.get(runs.size() - 1));
    }

    /**
     * The plan-weeks that reach their target, as news, and the user's weeks that do, in week order; empty when the
     * standing of a week the batch counted toward is not known from it.
     */
    private static Optional<List<IsoWeek>> weeks(AddedSessions added, String userId, List<Milestone> news) {
        Map<PlanWeek, Integer> standing = new HashMap<>();
        added.standing().forEach(tally -> standing.put(PlanWeek.of(tally), tally.done()));
        Map<IsoWeek, Map<UUID, Integer>> counted = new TreeMap<>();
        added.counted().forEach(tally -> counted.computeIfAbsent(tally.week(), week -> new HashMap<>())
                .merge(tally.planId(), tally.done(), Integer::sum));
        List<IsoWeek> met = new ArrayList<>();
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
                    return Optional.empty();
                }
                int was = now - count;
                if (was < planTarget && now >= planTarget) {
                    news.addAll(WeekTargetMetRule.milestones(userId,
                            List.of(new PlanWeekTally(plan.planId(), week.getKey(), now, planTarget))));
                }
                target += planTarget;
                before += was;
                after += now;
                plansCounted++;
            }
            if (plansCounted != week.getValue().size()) {
                return Optional.empty();
            }
            if (before < target && after >= target) {
                met.add(week.getKey());
            }
        }
        return Optional.of(met);
    }

    /**
     * The weekly streaks the weeks newly met reach, as news; the latest weekly run after them, empty when one lies
     * before the latest run's last week (the history must say what it joins).
     */
    private static Optional<LatestWeeklyRun> weeklyRuns(LatestWeeklyRun latest, List<IsoWeek> newlyMet,
                                                        List<PlanFact> plans, String userId, List<Milestone> news) {
        LatestWeeklyRun run = latest;
        int reachedBefore = latest.length();
        List<IsoWeek> joined = new ArrayList<>();
        for (IsoWeek week : newlyMet) {
            if (run.exists() && !week.isAfter(run.last())) {
                return Optional.empty();
            }
            if (run.exists() && noTargetBetween(plans, run.last(), week)) {
                run = run.extendedBy(week);
            } else {
                reached(run, reachedBefore, joined, userId, news);
                run = LatestWeeklyRun.of(week);
                reachedBefore = 0;
                joined.clear();
            }
            joined.add(week);
        }
        reached(run, reachedBefore, joined, userId, news);
        return Optional.of(run);
    }

    /** The thresholds {@code run} reached with the weeks {@code joined} (its last ones), having had {@code before}. */
    private static void reached(LatestWeeklyRun run, int before, List<IsoWeek> joined, String userId,
                                List<Milestone> news) {
        if (joined.isEmpty()) {
            return;
        }
        DateRange whole = new DateRange(run.first().monday(), run.last().sunday());
        for (int threshold : StreakKind.WEEKLY.thresholds()) {
            if (before < threshold && threshold <= run.length()) {
                news.add(StreakRule.weekly(userId, threshold, run.first(), joined.get(threshold - before - 1), whole));
            }
        }
    }

    private static boolean noTargetBetween(List<PlanFact> plans, IsoWeek after, IsoWeek before) {
        for (IsoWeek week = after.next(); week.isBefore(before); week = week.next()) {
            for (PlanFact plan : plans) {
                if (PlanWeekRule.targetIn(plan, week) > 0) {
                    return false;
                }
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
