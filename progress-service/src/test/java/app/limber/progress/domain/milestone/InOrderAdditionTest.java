package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.UTC;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.DailyStreak;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.UserRollup;

/**
 * Each way a batch of sessions added in order can make a celebration newly true is found from the batch and the latest
 * runs alone, and each case the latest runs cannot settle is left to the history.
 */
class InOrderAdditionTest {

    private static final MilestoneSettings SETTINGS = MilestoneSettings.DEFAULTS;
    private static final IsoWeek W45 = IsoWeek.of(date("2026-11-02"));
    private static final IsoWeek W46 = IsoWeek.of(date("2026-11-09"));
    // Monday 2026-11-16 starts 2026-W47
    private static final IsoWeek W47 = IsoWeek.of(date("2026-11-16"));
    private static final Optional<LatestWeeklyRun> UNKNOWN = Optional.empty();
    private static final Optional<LatestWeeklyRun> NEVER = Optional.of(LatestWeeklyRun.NONE);

    private final PlanFact threeAWeek = plan("three", MOBILITY, 3, UTC, "2026-11-02");
    private final List<SessionFact> history = new ArrayList<>();
    private int sessions;

    @Test
    void aSessionTheDayAfterTheRunGrowsItWithoutReachingAThreshold() {
        train(threeAWeek, "2026-11-12");

        InOrderAddition.Outcome outcome = after(run("2026-11-16", "2026-11-16"), UNKNOWN, List.of(threeAWeek),
                at(threeAWeek, "2026-11-17")).orElseThrow();

        assertEquals(List.of(), outcome.news());
        assertEquals(new LatestRuns(run("2026-11-16", "2026-11-17"), UNKNOWN), outcome.after());
    }

    @Test
    void aSessionAfterAGapStartsANewRun() {
        assertEquals(new LatestRuns(run("2026-11-19", "2026-11-19"), NEVER), after(run("2026-11-16", "2026-11-16"),
                NEVER, List.of(threeAWeek), at(threeAWeek, "2026-11-19")).orElseThrow().after());
    }

    @Test
    void anotherSessionOnADayOfTheRunChangesNoDay() {
        InOrderAddition.Outcome outcome = after(run("2026-11-16", "2026-11-17"), UNKNOWN, List.of(threeAWeek),
                at(threeAWeek, "2026-11-16")).orElseThrow();

        assertEquals(List.of(), outcome.news());
        assertEquals(run("2026-11-16", "2026-11-17"), outcome.after().daily());
    }

    @Test
    void reachingADailyThresholdIsNewsWithTheWholeRunAsItsEpisode() {
        train(threeAWeek, "2026-11-09", "2026-11-10");

        InOrderAddition.Outcome outcome = after(run("2026-11-09", "2026-11-10"), UNKNOWN, List.of(),
                at(null, "2026-11-11")).orElseThrow();

        assertEquals(List.of(daily(3, "2026-11-09", "2026-11-11")), periods(outcome));
        assertEquals(new DateRange(date("2026-11-09"), date("2026-11-11")), outcome.news().get(0).episode());
        assertEquals(Optional.of(date("2026-11-09")), outcome.firstDay());
    }

    @Test
    void twoSessionsOfOneBatchThatReachAThresholdTogetherAreNews() {
        InOrderAddition.Outcome outcome = after(run("2026-11-16", "2026-11-16"), UNKNOWN, List.of(),
                at(null, "2026-11-17"), at(null, "2026-11-18")).orElseThrow();

        assertEquals(List.of(daily(3, "2026-11-16", "2026-11-18")), periods(outcome));
    }

    @Test
    void aThresholdTheRunHadReachedIsNoNews() {
        InOrderAddition.Outcome outcome = after(run("2026-11-13", "2026-11-16"), UNKNOWN, List.of(),
                at(null, "2026-11-17")).orElseThrow();

        assertEquals(List.of(), outcome.news());
        assertEquals(run("2026-11-13", "2026-11-17"), outcome.after().daily());
    }

    @Test
    void aSessionAfterAnInactiveSpellIsAComeback() {
        InOrderAddition.Outcome comeback = after(run("2026-11-09", "2026-11-09"), UNKNOWN, List.of(),
                at(null, "2026-11-16")).orElseThrow();
        assertEquals(List.<MilestonePeriod>of(new MilestonePeriod.Spell(
                new DateRange(date("2026-11-10"), date("2026-11-16")))), periods(comeback));
        assertEquals(new MilestoneDetails.Comeback(7, date("2026-11-16")), comeback.news().get(0).details());

        assertEquals(List.of(), after(run("2026-11-09", "2026-11-09"), UNKNOWN, List.of(),
                at(null, "2026-11-15")).orElseThrow().news());
    }

    @Test
    void aSessionBeforeTheLatestRunNeedsTheHistory() {
        assertEquals(Optional.empty(), after(run("2026-11-16", "2026-11-17"), NEVER, List.of(threeAWeek),
                at(null, "2026-11-15")));
    }

    @Test
    void withoutALatestRunOfDaysTheHistoryMustSay() {
        assertEquals(Optional.empty(), after(Optional.empty(), NEVER, List.of(), at(null, "2026-11-15")));
    }

    @Test
    void reachingAPlanWeeksTargetIsNewsAndBeginsAWeeklyRun() {
        train(threeAWeek, "2026-11-16", "2026-11-18");

        InOrderAddition.Outcome outcome = after(run("2026-11-18", "2026-11-18"), NEVER, List.of(threeAWeek),
                at(threeAWeek, "2026-11-20")).orElseThrow();

        assertEquals(List.<MilestonePeriod>of(new MilestonePeriod.Week(W47)), periods(outcome));
        assertEquals(threeAWeek.planId(), outcome.news().get(0).key().planId());
        assertEquals(new MilestoneDetails.WeekTargetMet(W47, 3, 3), outcome.news().get(0).details());
        assertEquals(Optional.of(new LatestWeeklyRun(W47, W47, 1)), outcome.after().weekly());
        assertEquals(Optional.of(W47.monday()), outcome.firstDay());
    }

    @Test
    void aMetWeekWhileTheLatestWeeklyRunIsUnknownNeedsTheHistory() {
        train(threeAWeek, "2026-11-16", "2026-11-18");

        assertEquals(Optional.empty(), after(run("2026-11-18", "2026-11-18"), UNKNOWN, List.of(threeAWeek),
                at(threeAWeek, "2026-11-20")));
    }

    @Test
    void theNextWeekMetGrowsTheWeeklyRunToAThreshold() {
        train(threeAWeek, "2026-11-16", "2026-11-18");

        InOrderAddition.Outcome outcome = after(run("2026-11-18", "2026-11-18"),
                Optional.of(new LatestWeeklyRun(W46, W46, 1)), List.of(threeAWeek), at(threeAWeek, "2026-11-20"))
                .orElseThrow();

        assertEquals(List.of(new MilestonePeriod.Week(W47), new MilestonePeriod.Run(StreakKind.WEEKLY, 2,
                new DateRange(W46.monday(), W47.sunday()))), periods(outcome));
        assertEquals(Optional.of(new LatestWeeklyRun(W46, W47, 2)), outcome.after().weekly());
        assertEquals(Optional.of(W46.monday()), outcome.firstDay());
    }

    @Test
    void aWeekWithATargetBetweenEndsTheWeeklyRun() {
        train(threeAWeek, "2026-11-16", "2026-11-18");

        InOrderAddition.Outcome outcome = after(run("2026-11-18", "2026-11-18"),
                Optional.of(new LatestWeeklyRun(W45, W45, 1)), List.of(threeAWeek), at(threeAWeek, "2026-11-20"))
                .orElseThrow();

        assertEquals(List.<MilestonePeriod>of(new MilestonePeriod.Week(W47)), periods(outcome));
        assertEquals(Optional.of(new LatestWeeklyRun(W47, W47, 1)), outcome.after().weekly());
    }

    @Test
    void aWeekWithoutATargetBetweenIsSkipped() {
        // one plan ends with W45, the next begins with W47: W46 asks nothing
        PlanFact untilW45 = plan("earlier", MOBILITY, 1, UTC, "2026-11-02").endingBy(date("2026-11-08"));
        PlanFact fromW47 = plan("later", MOBILITY, 1, UTC, "2026-11-16");

        InOrderAddition.Outcome outcome = after(run("2026-11-15", "2026-11-15"),
                Optional.of(new LatestWeeklyRun(W45, W45, 1)), List.of(untilW45, fromW47), at(fromW47, "2026-11-16"))
                .orElseThrow();

        assertTrue(periods(outcome).contains(new MilestonePeriod.Run(StreakKind.WEEKLY, 2,
                new DateRange(W45.monday(), W47.sunday()))), outcome.news().toString());
        assertEquals(Optional.of(new LatestWeeklyRun(W45, W47, 2)), outcome.after().weekly());
    }

    @Test
    void aSessionBeyondAMetTargetIsNoNews() {
        train(threeAWeek, "2026-11-16", "2026-11-18", "2026-11-20");

        InOrderAddition.Outcome outcome = after(run("2026-11-20", "2026-11-20"), UNKNOWN, List.of(threeAWeek),
                at(threeAWeek, "2026-11-22")).orElseThrow();

        assertEquals(List.of(), outcome.news());
        assertEquals(run("2026-11-22", "2026-11-22"), outcome.after().daily());
    }

    @Test
    void aUserWeekReachingItsTargetSummedOverPlansGrowsTheWeeklyRun() {
        // one plan over its target makes up for the other: the user's week is met, the weekly run grows
        PlanFact twoAWeek = plan("two", STRENGTH, 2, UTC, "2026-11-02");
        List<PlanFact> plans = List.of(threeAWeek, twoAWeek);
        train(threeAWeek, "2026-11-16", "2026-11-18", "2026-11-20");

        InOrderAddition.Outcome outcome = after(run("2026-11-20", "2026-11-20"),
                Optional.of(new LatestWeeklyRun(W46, W46, 1)), plans, at(threeAWeek, "2026-11-20"),
                at(twoAWeek, "2026-11-20")).orElseThrow();

        assertEquals(List.<MilestonePeriod>of(new MilestonePeriod.Run(StreakKind.WEEKLY, 2,
                new DateRange(W46.monday(), W47.sunday()))), periods(outcome));
        assertEquals(Optional.of(new LatestWeeklyRun(W46, W47, 2)), outcome.after().weekly());
    }

    @Test
    void aWeekWithAnotherPlanTheBatchDidNotCountTowardNeedsTheHistory() {
        PlanFact oneAWeek = plan("one", STRENGTH, 1, UTC, "2026-11-02");

        assertEquals(Optional.empty(), after(run("2026-11-16", "2026-11-16"), NEVER, List.of(threeAWeek, oneAWeek),
                at(threeAWeek, "2026-11-19")));
    }

    @Test
    void sessionsOutsideEveryPlanCountForTheirDaysOnly() {
        assertEquals(new LatestRuns(run("2026-11-16", "2026-11-17"), UNKNOWN), after(run("2026-11-16", "2026-11-16"),
                UNKNOWN, List.of(), at(null, "2026-11-17")).orElseThrow().after());
    }

    @Test
    void theLatestRunIsTheLastOfTheDays() {
        assertEquals(run("2026-11-20", "2026-11-21"), LatestRuns.latestDailyRun(List.of(date("2026-11-12"),
                date("2026-11-21"), date("2026-11-20"), date("2026-11-13"))));
        assertEquals(Optional.empty(), LatestRuns.latestDailyRun(List.of()));
    }

    private void train(PlanFact plan, String... days) {
        for (String day : days) {
            history.add(at(plan, day));
        }
    }

    private SessionFact at(PlanFact plan, String day) {
        return session("session:" + sessions++, MOBILITY, plan, day + "T12:00", UTC);
    }

    private Optional<InOrderAddition.Outcome> after(Optional<DailyStreak.Run> daily,
                                                    Optional<LatestWeeklyRun> weekly, List<PlanFact> plans,
                                                    SessionFact... batch) {
        List<SessionFact> added = List.of(batch);
        List<SessionFact> all = new ArrayList<>(history);
        all.addAll(added);
        List<PlanWeekTally> counted = UserRollup.of(new UserFacts(plans, added)).planWeeks();
        List<PlanWeekTally> standing = UserRollup.of(new UserFacts(plans, all)).planWeeks().stream()
                .filter(tally -> counted.stream().anyMatch(count -> count.planId().equals(tally.planId())
                        && count.week().equals(tally.week())))
                .toList();
        return InOrderAddition.of(new LatestRuns(daily, weekly), new AddedSessions(added, plans, counted, standing),
                Fixtures.ANNA, SETTINGS);
    }

    private static List<MilestonePeriod> periods(InOrderAddition.Outcome outcome) {
        return outcome.news().stream().map(milestone -> milestone.key().period()).toList();
    }

    private static MilestonePeriod daily(int threshold, String first, String last) {
        return new MilestonePeriod.Run(StreakKind.DAILY, threshold, new DateRange(date(first), date(last)));
    }

    private static Optional<DailyStreak.Run> run(String first, String last) {
        return Optional.of(new DailyStreak.Run(date(first), date(last)));
    }
}
