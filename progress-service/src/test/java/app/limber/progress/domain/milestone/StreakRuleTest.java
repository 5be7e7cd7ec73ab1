package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.week;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.limber.progress.domain.PlanFact;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StreakRuleTest {

    @Test
    void aSevenDayRunReachesThreeAndSeven() {
        List<Milestone> milestones = StreakRule.milestones(facts(List.of(), days("2026-11-02", 7)));

        DateRange run = new DateRange(date("2026-11-02"), date("2026-11-08"));
        assertEquals(List.of(
                daily(3, "2026-11-02", "2026-11-04", run),
                daily(7, "2026-11-02", "2026-11-08", run)), milestones);
        assertEquals("streak-reached|-|daily/3/2026-11-02..2026-11-04", milestones.get(0).key().text());
    }

    @Test
    void theKeyKeepsTheStretchThatReachedTheThresholdWhileTheRunGrows() {
        List<Milestone> longer = StreakRule.milestones(facts(List.of(), days("2026-11-02", 10)));

        assertEquals("streak-reached|-|daily/7/2026-11-02..2026-11-08", longer.get(1).key().text());
        assertEquals(new DateRange(date("2026-11-02"), date("2026-11-11")), longer.get(1).episode());
    }

    @Test
    void eachRunIsItsOwnEpisode() {
        List<app.limber.progress.domain.SessionFact> sessions = new java.util.ArrayList<>(days("2026-11-02", 3));
        sessions.addAll(days("2026-11-10", 4));

        List<String> keys = StreakRule.milestones(facts(List.of(), sessions)).stream().map(m -> m.key().text()).toList();

        assertEquals(List.of("streak-reached|-|daily/3/2026-11-02..2026-11-04",
                "streak-reached|-|daily/3/2026-11-10..2026-11-12"), keys);
    }

    @Test
    void twoDaysAreNoMilestone() {
        assertEquals(List.of(), StreakRule.milestones(facts(List.of(), days("2026-11-02", 2))));
    }

    @Test
    void weeklyStreaksReachTwoAndFourWeeks() {
        PlanFact weekly = plan("weekly", MOBILITY, 1, BERLIN, "2026-10-05");

        List<Milestone> milestones = StreakRule.milestones(facts(List.of(weekly),
                dailySessions(MOBILITY, BERLIN, "2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27")));

        DateRange run = new DateRange(date("2026-10-05"), date("2026-11-01"));
        assertEquals(List.of(
                weekly(2, "2026-10-05", "2026-W42", run),
                weekly(4, "2026-10-05", "2026-W44", run)), milestones);
        assertEquals("streak-reached|-|weekly/4/2026-W41..2026-W44", milestones.get(1).key().text());
    }

    @Test
    void aWeekWithoutAPlanNeitherBreaksNorCountsTowardAWeeklyRun() {
        PlanFact first = plan("first", MOBILITY, 1, BERLIN, "2026-10-05", "2026-10-18");
        PlanFact second = plan("second", MOBILITY, 1, BERLIN, "2026-10-26");

        List<Milestone> milestones = StreakRule.milestones(facts(List.of(first, second),
                dailySessions(MOBILITY, BERLIN, "2026-10-06", "2026-10-13", "2026-10-27", "2026-11-03")));

        assertEquals("streak-reached|-|weekly/4/2026-W41..2026-W45", milestones.get(1).key().text());
        assertEquals(week("2026-W45"), ((MilestoneDetails.StreakReached) milestones.get(1).details()).week());
    }

    @Test
    void aMissedWeekEndsTheWeeklyRun() {
        PlanFact twice = plan("twice", MOBILITY, 2, BERLIN, "2026-10-05");

        List<Milestone> milestones = StreakRule.milestones(facts(List.of(twice), dailySessions(MOBILITY, BERLIN,
                "2026-10-06", "2026-10-08", "2026-10-13", "2026-10-20", "2026-10-27", "2026-10-29")));

        assertEquals(List.of(), milestones, "W41 met, W42 and W43 missed, W44 met: no two weeks in a row");
    }

    @Test
    void aWeeklyRunGoesThroughWeek53() {
        PlanFact winter = plan("winter", MOBILITY, 1, BERLIN, "2026-12-21");

        List<Milestone> milestones = StreakRule.milestones(
                facts(List.of(winter), dailySessions(MOBILITY, BERLIN, "2026-12-22", "2026-12-30")));

        assertEquals(List.of(weekly(2, "2026-12-21", "2026-W53", new DateRange(date("2026-12-21"), date("2027-01-03")))),
                milestones);
    }

    private static List<app.limber.progress.domain.SessionFact> days(String first, int count) {
        LocalDate start = date(first);
        return dailySessions(MOBILITY, BERLIN, IntStream.range(0, count)
                .mapToObj(i -> start.plusDays(i).toString()).toArray(String[]::new));
    }

    static Milestone daily(int length, String first, String reached, DateRange run) {
        return new Milestone(new MilestoneKey(Fixtures.ANNA, MilestoneType.STREAK_REACHED, null,
                new MilestonePeriod.Run(StreakKind.DAILY, length, new DateRange(date(first), date(reached)))),
                new MilestoneDetails.StreakReached(StreakKind.DAILY, length, date(reached), null), run);
    }

    private static Milestone weekly(int length, String firstMonday, String reached, DateRange run) {
        return new Milestone(new MilestoneKey(Fixtures.ANNA, MilestoneType.STREAK_REACHED, null,
                new MilestonePeriod.Run(StreakKind.WEEKLY, length,
                        new DateRange(date(firstMonday), week(reached).sunday()))),
                new MilestoneDetails.StreakReached(StreakKind.WEEKLY, length, null, week(reached)), run);
    }
}
