package app.limber.progress.domain.milestone;

import app.limber.progress.domain.DailyStreak;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekHistory;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserWeek;
import app.limber.progress.domain.WeeklyStreak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * The celebrations of a batch that only <b>adds</b> sessions never seen before (no deletion, no plan change), reconciled
 * from a <b>window</b> of the user's facts and recorded milestones instead of their whole history, with exactly the
 * result {@link MilestoneReconciliation#reconcile} gives over the whole history ({@code CelebrationWindowTest}).
 *
 * <p><b>Precondition</b>: what is recorded was reconciled with the user's facts as they stood before the batch (every
 * earlier change to them was reconciled; their {@code progress_user} row says so). Then adding sessions on days from
 * {@code d} on, counted in plan-weeks from {@code w} on, changes nothing about episodes that end before a <b>cut</b>,
 * and only those after it need reconciling. The cut of each series is a point no episode can cross:
 * <ul>
 *   <li>daily streaks: the day before the run that contains {@code d} (a day without a session);</li>
 *   <li>comebacks: the last day with a session before {@code d} (a spell lies between two such days);</li>
 *   <li>weekly streaks: the last week before {@code w} with a target that was not met (it ends every run);</li>
 *   <li>week-target-met: the week {@code w} (plan-weeks are exact keys, each on its own).</li>
 * </ul>
 * Before a cut the facts, the candidates and the recorded rows are what they were, and were reconciled; after it,
 * the window sees every fact and every recorded row ({@link #days}: a celebration's key spans days, stored with it).
 * When the window cannot see a cut (a run or spell reaching back to its start), or a recorded episode straddles one
 * (a key whose days were merged or split since), it cannot decide and says so: the caller reads a longer window or
 * the whole history.
 */
public final class CelebrationWindow {

    /**
     * How many weeks before the earliest week a batch changes the windows read, the shorter first: most users' cuts lie
     * within two weeks (a session every few days, a week below target now and then), and a user whose cut lies further
     * back costs a second, longer read.
     */
    public static final List<Integer> WEEKS = List.of(2, 8, 64);

    private CelebrationWindow() {
    }

    /**
     * The days a celebration key is about, stored beside it so that a window can find the keys it may touch: a
     * plan-week's Monday to Sunday, a streak's stretch, a comeback's spell; empty for nudges.
     */
    public static Optional<DateRange> days(MilestoneKey key) {
        if (!key.type().isCelebration()) {
            return Optional.empty();
        }
        if (key.period() instanceof MilestonePeriod.Week week) {
            return Optional.of(new DateRange(week.week().monday(), week.week().sunday()));
        }
        return key.period().episode();
    }

    /**
     * The earliest ISO week whose facts the added sessions change: the week of a session's day, or of a plan-week it
     * can count toward (in the plan's zone).
     */
    public static IsoWeek earliestWeek(Collection<PlanFact> plans, Collection<SessionFact> added) {
        IsoWeek earliest = null;
        for (SessionFact session : added) {
            earliest = earlier(earliest, IsoWeek.of(session.localDate()));
            for (PlanFact plan : plans) {
                earliest = earlier(earliest, session.weekIn(plan.timeZone()));
            }
        }
        if (earliest == null) {
            throw new IllegalArgumentException("no sessions added");
        }
        return earliest;
    }

    /** The first day a window of {@code weeks} weeks reads: a Monday. */
    public static LocalDate start(IsoWeek earliestWeek, int weeks) {
        return earliestWeek.monday().minusWeeks(weeks);
    }

    /**
     * @param window   the user's facts (after the batch) from {@code start} on ({@link MilestoneFacts#since}): every
     *                 plan, the plan-week tallies and days with sessions from {@code start}
     * @param start    the window's first day, a Monday at least a week before the {@link #earliestWeek}
     * @param added    the sessions the batch added
     * @param recorded the latest occurrence of every celebration key of the user whose {@link #days} end on or after
     *                 {@code start}
     * @return what {@link MilestoneReconciliation#reconcile} decides over the whole history; empty when this window
     *         cannot tell
     */
    public static Optional<MilestoneChanges> reconcile(MilestoneFacts window, LocalDate start,
                                                       Collection<SessionFact> added,
                                                       Collection<RecordedMilestone> recorded,
                                                       MilestoneSettings settings, RevocationReason reason) {
        IsoWeek firstWeek = earliestWeek(window.plans(), added);
        LocalDate firstDay = added.stream().map(SessionFact::localDate).min(Comparator.naturalOrder()).orElseThrow();
        if (start.isAfter(firstWeek.previous().monday())) {
            return Optional.empty();
        }
        String user = window.userId();
        NavigableSet<LocalDate> days = window.activeDays();
        List<Milestone> candidates = new ArrayList<>();
        List<RecordedMilestone> rows = new ArrayList<>();

        // daily streaks: from the day before the run that holds the first day added
        List<DailyStreak.Run> runs = DailyStreak.runs(days);
        Optional<DailyStreak.Run> touched = runs.stream().filter(run -> run.contains(firstDay)).findFirst();
        if (touched.isEmpty() || !touched.get().first().isAfter(start)) {
            return Optional.empty();
        }
        LocalDate dailyCut = touched.get().first().minusDays(1);
        candidates.addAll(StreakRule.daily(user, runs.stream().filter(run -> run.first().isAfter(dailyCut)).toList()));
        if (!keep(recorded, row -> isStreak(row, StreakKind.DAILY), dailyCut, rows)) {
            return Optional.empty();
        }

        // comebacks: from the last day with a session before the first day added
        LocalDate anchor = days.lower(firstDay);
        if (anchor == null) {
            return Optional.empty();
        }
        candidates.addAll(ComebackRule.milestones(user, days.tailSet(anchor, true), settings));
        if (!keep(recorded, row -> row.key().type() == MilestoneType.COMEBACK, anchor, rows)) {
            return Optional.empty();
        }

        // plan-weeks: nothing counted in the window means no session counted toward a plan, and nothing weekly changed
        Optional<IsoWeek> lastCounted = window.counted().stream().map(PlanWeekTally::week).max(Comparator.naturalOrder());
        if (lastCounted.isPresent()) {
            PlanWeekHistory history = PlanWeekHistory.between(window.plans(), window.counted(), IsoWeek.of(start),
                    lastCounted.get());
            candidates.addAll(WeekTargetMetRule.milestones(user, history.planWeeks().stream()
                    .filter(tally -> !tally.week().isBefore(firstWeek)).toList()));
            recorded.stream().filter(row -> row.key().period() instanceof MilestonePeriod.Week week
                    && row.key().type() == MilestoneType.WEEK_TARGET_MET && !week.week().isBefore(firstWeek))
                    .forEach(rows::add);

            List<UserWeek> weeks = history.userWeeks();
            Optional<IsoWeek> weeklyCut = weeks.stream()
                    .filter(week -> week.week().isBefore(firstWeek) && !week.met())
                    .map(UserWeek::week).max(Comparator.naturalOrder());
            if (weeklyCut.isEmpty()) {
                return Optional.empty();
            }
            List<WeeklyStreak.Run> weekly = StreakRule.weeklyRuns(weeks).stream()
                    .filter(run -> run.first().isAfter(weeklyCut.get())).toList();
            candidates.addAll(StreakRule.weekly(user, weekly));
            if (!keep(recorded, row -> isStreak(row, StreakKind.WEEKLY), weeklyCut.get().sunday(), rows)) {
                return Optional.empty();
            }
        }
        return Optional.of(MilestoneReconciliation.reconcile(rows, candidates, reason));
    }

    /**
     * The user's latest weekly run after a batch this window decided ({@link LatestRuns#weekly}): the window's last run
     * of met weeks when an unmet week of the window precedes it (the run begins in the window and is whole in it);
     * {@code before} when no week of the window is met (the latest run lies before the window, where the batch changed
     * nothing); otherwise not known.
     */
    public static Optional<LatestWeeklyRun> latestWeeklyRun(MilestoneFacts window, LocalDate start,
                                                            Optional<LatestWeeklyRun> before) {
        Optional<IsoWeek> lastCounted = window.counted().stream().map(PlanWeekTally::week).max(Comparator.naturalOrder());
        if (lastCounted.isEmpty()) {
            return before;
        }
        List<UserWeek> weeks = PlanWeekHistory.between(window.plans(), window.counted(), IsoWeek.of(start),
                lastCounted.get()).userWeeks();
        List<WeeklyStreak.Run> runs = StreakRule.weeklyRuns(weeks);
        if (runs.isEmpty()) {
            return before;
        }
        IsoWeek first = runs.get(runs.size() - 1).first();
        boolean beginsInWindow = weeks.stream().anyMatch(week -> week.hasTarget() && !week.met()
                && week.week().isBefore(first));
        return beginsInWindow ? Optional.of(LatestWeeklyRun.lastOf(runs)) : Optional.empty();
    }

    /**
     * Adds the recorded episodes of a series that lie after {@code cut} to {@code rows}; false when one straddles it
     * (begins on or before it and ends after it), which the window cannot reconcile on its own.
     */
    private static boolean keep(Collection<RecordedMilestone> recorded,
                                java.util.function.Predicate<RecordedMilestone> series, LocalDate cut,
                                List<RecordedMilestone> rows) {
        for (RecordedMilestone row : recorded) {
            if (!series.test(row)) {
                continue;
            }
            DateRange days = row.key().period().episode().orElseThrow();
            if (days.last().isAfter(cut)) {
                if (!days.first().isAfter(cut)) {
                    return false;
                }
                rows.add(row);
            }
        }
        return true;
    }

    private static boolean isStreak(RecordedMilestone row, StreakKind kind) {
        return row.key().period() instanceof MilestonePeriod.Run run && run.kind() == kind;
    }

    private static IsoWeek earlier(IsoWeek a, IsoWeek b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
