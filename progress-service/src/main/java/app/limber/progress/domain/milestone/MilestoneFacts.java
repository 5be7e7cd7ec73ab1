package app.limber.progress.domain.milestone;

import app.limber.progress.domain.DayTally;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekHistory;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.UserRollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One user's facts as milestones read them: exactly what {@code /progress/me} is computed from (the plans with
 * their current end, the stored plan-week tallies and the stored day tallies), so that a milestone means what the
 * summary shows. The order of the collections does not matter.
 */
public final class MilestoneFacts {

    private final String userId;
    private final List<PlanFact> plans;
    private final List<PlanWeekTally> counted;
    private final NavigableSet<LocalDate> activeDays;
    private final Map<PlanWeek, Integer> done;
    /** Week-target-met and the weekly streaks both read it; computed once. */
    private Optional<PlanWeekHistory> history;

    /**
     * @param plans   the user's plans with their current end
     * @param counted the stored plan-week tallies ({@link UserRollup#planWeeks()})
     * @param days    the stored day tallies ({@link UserRollup#days()})
     */
    public MilestoneFacts(String userId, Collection<PlanFact> plans, Collection<PlanWeekTally> counted,
                          Collection<DayTally> days) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.plans = plans.stream().sorted(Comparator.comparing(PlanFact::planId)).toList();
        this.counted = List.copyOf(counted);
        TreeSet<LocalDate> active = new TreeSet<>();
        days.stream().filter(day -> day.sessions() > 0).forEach(day -> active.add(day.day()));
        this.activeDays = Collections.unmodifiableNavigableSet(active);
        Map<PlanWeek, Integer> doneByPlanWeek = new HashMap<>();
        counted.forEach(tally -> doneByPlanWeek.merge(new PlanWeek(tally.planId(), tally.week()), tally.done(), Integer::sum));
        this.done = Map.copyOf(doneByPlanWeek);
    }

    /** Derives the rollup from the facts, as a rebuild does. */
    public static MilestoneFacts of(String userId, UserFacts facts) {
        UserRollup rollup = UserRollup.of(facts);
        return new MilestoneFacts(userId, facts.plans(), rollup.planWeeks(), rollup.days());
    }

    /**
     * The first Monday a nudge rule ({@link DueMilestones}) reads at {@code now} or later: the week before the
     * earliest "today" any zone has at {@code now} (no zone is more than a day off UTC). Week-missed reads the week
     * before today, at-risk this week, inactive only the latest day with a session; looking ahead, {@link
     * DueMilestones#next} reads the same weeks or later ones.
     */
    public static LocalDate nudgeWindowStart(Instant now) {
        return IsoWeek.of(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1)).previous().monday();
    }

    /**
     * These facts as the nudge rules read them from {@code windowStart} ({@link #nudgeWindowStart}) on: the plans, the
     * plan-week tallies of that week and later, and the latest day with a session. A nudge sweep reads no more than
     * this; celebrations need every day and week and must not be given it.
     */
    public MilestoneFacts forNudges(LocalDate windowStart) {
        List<PlanWeekTally> recent = counted.stream().filter(tally -> !tally.week().monday().isBefore(windowStart))
                .toList();
        List<DayTally> latest = activeDays.isEmpty() ? List.of() : List.of(new DayTally(activeDays.last(), 1, 0));
        return new MilestoneFacts(userId, plans, recent, latest);
    }

    /**
     * These facts as a read of the days and plan-week tallies from {@code start} (a Monday) on sees them: what
     * {@link CelebrationWindow} is given.
     */
    public MilestoneFacts since(LocalDate start) {
        List<PlanWeekTally> recent = counted.stream().filter(tally -> !tally.week().monday().isBefore(start)).toList();
        List<DayTally> days = activeDays.tailSet(start, true).stream().map(day -> new DayTally(day, 1, 0)).toList();
        return new MilestoneFacts(userId, plans, recent, days);
    }

    /** The plan-week tallies as given. */
    List<PlanWeekTally> counted() {
        return counted;
    }

    public String userId() {
        return userId;
    }

    /** Plans ordered by id. */
    public List<PlanFact> plans() {
        return plans;
    }

    /** Days with at least one session. */
    public NavigableSet<LocalDate> activeDays() {
        return activeDays;
    }

    /** Sessions counted toward {@code planId} in {@code week}; 0 when none. */
    public int done(UUID planId, IsoWeek week) {
        return done.getOrDefault(new PlanWeek(planId, week), 0);
    }

    /** Every active plan-week up to the latest week in which a session counted; empty before any did. */
    Optional<PlanWeekHistory> historyThroughLastCountedWeek() {
        if (history == null) {
            history = counted.stream().map(PlanWeekTally::week).max(Comparator.naturalOrder())
                    .map(last -> PlanWeekHistory.through(plans, counted, last));
        }
        return history;
    }

    private record PlanWeek(UUID planId, IsoWeek week) {
    }
}
