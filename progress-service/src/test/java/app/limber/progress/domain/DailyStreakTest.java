package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyStreakTest {

    private static final LocalDate TODAY = date("2026-11-20");

    @Test
    void noSessionsMeansNoStreak() {
        assertEquals(new DailyStreak(0, 0), DailyStreak.of(List.of(), TODAY));
    }

    @Test
    void aRunEndingTodayIsCurrent() {
        assertEquals(new DailyStreak(3, 3), streak("2026-11-18", "2026-11-19", "2026-11-20"));
    }

    @Test
    void notHavingTrainedYetTodayKeepsARunEndingYesterday() {
        assertEquals(new DailyStreak(2, 2), streak("2026-11-18", "2026-11-19"));
    }

    @Test
    void aMissedDayBeforeYesterdayEndsTheCurrentStreak() {
        assertEquals(new DailyStreak(0, 2), streak("2026-11-17", "2026-11-18"));
    }

    @Test
    void longestRemembersAnEarlierLongerRun() {
        DailyStreak streak = streak("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05",
                "2026-11-19", "2026-11-20");

        assertEquals(new DailyStreak(2, 5), streak);
    }

    @Test
    void severalSessionsOnOneDayCountAsOneDay() {
        assertEquals(new DailyStreak(2, 2), streak("2026-11-19", "2026-11-19", "2026-11-20", "2026-11-20"));
    }

    @Test
    void aRunAcrossMonthAndYearEndsIsUnbroken() {
        DailyStreak streak = DailyStreak.of(
                List.of(date("2026-12-30"), date("2026-12-31"), date("2027-01-01")), date("2027-01-01"));

        assertEquals(new DailyStreak(3, 3), streak);
    }

    @Test
    void aDayLoggedAheadOfTheUsersZoneExtendsTheRunThroughToday() {
        assertEquals(new DailyStreak(3, 3), streak("2026-11-19", "2026-11-20", "2026-11-21"));
    }

    @Test
    void runsAreTheMaximalStretchesOfConsecutiveDaysInOrder() {
        List<DailyStreak.Run> runs = DailyStreak.runs(List.of(date("2026-11-19"), date("2026-11-01"), date("2026-11-02"),
                date("2026-11-20"), date("2026-11-02"), date("2026-11-05")));

        assertEquals(List.of(new DailyStreak.Run(date("2026-11-01"), date("2026-11-02")),
                new DailyStreak.Run(date("2026-11-05"), date("2026-11-05")),
                new DailyStreak.Run(date("2026-11-19"), date("2026-11-20"))), runs);
        assertEquals(List.of(2, 1, 2), runs.stream().map(DailyStreak.Run::length).toList());
    }

    private static DailyStreak streak(String... days) {
        return DailyStreak.of(Arrays.stream(days).map(LocalDate::parse).toList(), TODAY);
    }
}
