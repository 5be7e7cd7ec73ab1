package app.limber.bench.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import app.limber.progress.domain.DayTally;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekRule;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.milestone.MilestoneFacts;
import app.limber.progress.domain.milestone.NudgePreferences;

/**
 * One athlete of the sweep bench: a plan, the days they trained on (sessions per day), and their nudge settings
 * ({@code preferences} null: never set, the defaults apply and no row exists).
 */
record SweepUser(String id, PlanFact plan, NudgePreferences preferences, NavigableMap<LocalDate, Integer> sessions) {

    /** Seconds of every bench session; durations play no part in nudges. */
    static final int SESSION_SECONDS = 1200;

    NudgePreferences settings() {
        return preferences == null ? NudgePreferences.DEFAULTS : preferences;
    }

    /** The rows progress holds for this user after the sessions up to and including {@code through}. */
    MilestoneFacts facts(LocalDate through) {
        return new MilestoneFacts(id, List.of(plan), planWeeks(through), days(through));
    }

    List<DayTally> days(LocalDate through) {
        List<DayTally> days = new ArrayList<>();
        sessions.headMap(through, true).forEach((day, n) -> days.add(new DayTally(day, n, (long) n * SESSION_SECONDS)));
        return days;
    }

    /** Every session names the plan and falls on one of its days, so each counts toward the plan's week. */
    List<PlanWeekTally> planWeeks(LocalDate through) {
        Map<IsoWeek, Integer> done = new TreeMap<>();
        sessions.headMap(through, true).forEach((day, n) -> done.merge(IsoWeek.of(day), n, Integer::sum));
        List<PlanWeekTally> weeks = new ArrayList<>();
        done.forEach((week, n) -> weeks.add(new PlanWeekTally(plan.planId(), week, n, PlanWeekRule.targetIn(plan, week))));
        return weeks;
    }

    /** When the latest session was completed (at 08:00 local), or null before any. */
    Instant latestSessionAt() {
        return sessions.isEmpty() ? null : sessions.lastKey().atTime(8, 0).atZone(plan.timeZone()).toInstant();
    }

    /** The nudge hour of {@code day} in the plan's zone. */
    Instant nudgeHourOn(LocalDate day) {
        return day.atTime(settings().nudgeHour(), 0).atZone(plan.timeZone()).toInstant();
    }
}
