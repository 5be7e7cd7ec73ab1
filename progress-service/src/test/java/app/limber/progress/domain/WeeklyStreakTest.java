package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyStreakTest {

    private static final IsoWeek RUNNING = week("2026-W47");

    @Test
    void theRunningWeekDoesNotBreakTheStreakBeforeItIsOver() {
        List<UserWeek> weeks = List.of(met("2026-W44"), met("2026-W45"), met("2026-W46"), missed("2026-W47"));

        assertEquals(new WeeklyStreak(3, 3), WeeklyStreak.of(weeks, RUNNING));
    }

    @Test
    void theRunningWeekJoinsTheStreakOnceItsTargetIsMet() {
        List<UserWeek> weeks = List.of(met("2026-W45"), met("2026-W46"), met("2026-W47"));

        assertEquals(new WeeklyStreak(3, 3), WeeklyStreak.of(weeks, RUNNING));
    }

    @Test
    void aMissedFinishedWeekEndsTheStreak() {
        List<UserWeek> weeks = List.of(met("2026-W44"), met("2026-W45"), missed("2026-W46"), missed("2026-W47"));

        assertEquals(new WeeklyStreak(0, 2), WeeklyStreak.of(weeks, RUNNING));
    }

    @Test
    void weeksWithoutAnyPlanNeitherExtendNorBreakTheStreak() {
        List<UserWeek> weeks = List.of(met("2026-W40"), met("2026-W41"), noPlan("2026-W42"), noPlan("2026-W43"),
                met("2026-W45"), missed("2026-W47"));

        assertEquals(new WeeklyStreak(3, 3), WeeklyStreak.of(weeks, RUNNING));
    }

    @Test
    void longestOutlivesABreak() {
        List<UserWeek> weeks = List.of(met("2026-W38"), met("2026-W39"), met("2026-W40"), met("2026-W41"),
                missed("2026-W42"), met("2026-W43"), met("2026-W44"), met("2026-W45"), met("2026-W46"),
                met("2026-W47"), missed("2026-W37"));

        assertEquals(new WeeklyStreak(5, 5), WeeklyStreak.of(weeks, RUNNING));
        assertEquals(new WeeklyStreak(3, 4), WeeklyStreak.of(weeks, week("2026-W45")));
    }

    @Test
    void weeksAfterTheRunningWeekDoNotCount() {
        List<UserWeek> weeks = List.of(met("2026-W46"), met("2026-W48"), met("2026-W49"));

        assertEquals(new WeeklyStreak(1, 1), WeeklyStreak.of(weeks, RUNNING));
    }

    @Test
    void theStreakRunsThroughWeek53() {
        List<UserWeek> weeks = List.of(met("2026-W52"), met("2026-W53"), met("2027-W01"));

        assertEquals(new WeeklyStreak(3, 3), WeeklyStreak.of(weeks, week("2027-W01")));
    }

    @Test
    void runsSkipWeeksWithoutAPlanAndEndAtAMissedWeek() {
        List<UserWeek> weeks = List.of(met("2026-W40"), met("2026-W41"), noPlan("2026-W42"), met("2026-W43"),
                missed("2026-W44"), met("2026-W45"), missed("2026-W47"));

        assertEquals(List.of(new WeeklyStreak.Run(List.of(week("2026-W40"), week("2026-W41"), week("2026-W43"))),
                new WeeklyStreak.Run(List.of(week("2026-W45")))), WeeklyStreak.runs(weeks, RUNNING));
    }

    private static UserWeek met(String week) {
        return new UserWeek(week(week), 3, 3);
    }

    private static UserWeek missed(String week) {
        return new UserWeek(week(week), 1, 3);
    }

    private static UserWeek noPlan(String week) {
        return new UserWeek(week(week), 0, 0);
    }
}
