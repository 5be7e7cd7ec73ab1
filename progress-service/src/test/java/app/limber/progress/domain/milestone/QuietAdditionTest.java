package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.UTC;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.DailyStreak;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.UserRollup;

/** Each way a batch of sessions can make a celebration newly true is recognised without the history. */
class QuietAdditionTest {

    private static final MilestoneSettings SETTINGS = MilestoneSettings.DEFAULTS;
    // Monday 2026-11-16 starts 2026-W47
    private final PlanFact threeAWeek = plan("three", MOBILITY, 3, UTC, "2026-11-02");
    private final List<SessionFact> history = new ArrayList<>();
    private int sessions;

    @Test
    void aSessionTheDayAfterTheRunGrowsItWithoutReachingAThreshold() {
        train(threeAWeek, "2026-11-12");

        assertEquals(run("2026-11-16", "2026-11-17"),
                after(run("2026-11-16", "2026-11-16"), List.of(threeAWeek), at(threeAWeek, "2026-11-17")));
    }

    @Test
    void aSessionAfterAGapStartsANewRun() {
        assertEquals(run("2026-11-19", "2026-11-19"),
                after(run("2026-11-16", "2026-11-16"), List.of(threeAWeek), at(threeAWeek, "2026-11-19")));
    }

    @Test
    void anotherSessionOnADayOfTheRunChangesNoDay() {
        assertEquals(run("2026-11-16", "2026-11-17"),
                after(run("2026-11-16", "2026-11-17"), List.of(threeAWeek), at(threeAWeek, "2026-11-16")));
    }

    @Test
    void reachingADailyThresholdIsNews() {
        train(threeAWeek, "2026-11-09", "2026-11-10");

        assertEquals(Optional.empty(),
                after(run("2026-11-09", "2026-11-10"), List.of(threeAWeek), at(threeAWeek, "2026-11-11")));
    }

    @Test
    void twoSessionsOfOneBatchThatReachAThresholdTogetherAreNews() {
        assertEquals(Optional.empty(), after(run("2026-11-16", "2026-11-16"), List.of(threeAWeek),
                at(null, "2026-11-17"), at(null, "2026-11-18")));
    }

    @Test
    void aSessionAfterAnInactiveSpellIsAComeback() {
        assertEquals(Optional.empty(),
                after(run("2026-11-09", "2026-11-09"), List.of(threeAWeek), at(null, "2026-11-16")));
        assertEquals(run("2026-11-15", "2026-11-15"),
                after(run("2026-11-09", "2026-11-09"), List.of(threeAWeek), at(null, "2026-11-15")));
    }

    @Test
    void aSessionBeforeTheLatestRunNeedsTheHistory() {
        assertEquals(Optional.empty(),
                after(run("2026-11-16", "2026-11-17"), List.of(threeAWeek), at(null, "2026-11-15")));
    }

    @Test
    void reachingAPlanWeeksTargetIsNews() {
        train(threeAWeek, "2026-11-16", "2026-11-18");

        assertEquals(Optional.empty(),
                after(run("2026-11-18", "2026-11-18"), List.of(threeAWeek), at(threeAWeek, "2026-11-20")));
    }

    @Test
    void aSessionBeyondAMetTargetIsNoNews() {
        train(threeAWeek, "2026-11-16", "2026-11-18", "2026-11-20");

        assertEquals(run("2026-11-22", "2026-11-22"),
                after(run("2026-11-20", "2026-11-20"), List.of(threeAWeek), at(threeAWeek, "2026-11-22")));
    }

    @Test
    void aUserWeekReachingItsTargetSummedOverPlansIsNews() {
        // one plan over its target makes up for the other: the user's week is met, a weekly streak may grow
        PlanFact oneAWeek = plan("one", STRENGTH, 1, UTC, "2026-11-02");
        List<PlanFact> plans = List.of(threeAWeek, oneAWeek);
        train(threeAWeek, "2026-11-16", "2026-11-18", "2026-11-20");

        assertEquals(Optional.empty(), after(run("2026-11-20", "2026-11-20"), plans, at(threeAWeek, "2026-11-22")));
    }

    @Test
    void aWeekWithAnotherPlanTheBatchDidNotCountTowardNeedsTheHistory() {
        PlanFact oneAWeek = plan("one", STRENGTH, 1, UTC, "2026-11-02");

        assertEquals(Optional.empty(), after(run("2026-11-16", "2026-11-16"), List.of(threeAWeek, oneAWeek),
                at(threeAWeek, "2026-11-19")));
    }

    @Test
    void sessionsOutsideEveryPlanCountForTheirDaysOnly() {
        assertEquals(run("2026-11-16", "2026-11-17"),
                after(run("2026-11-16", "2026-11-16"), List.of(), at(null, "2026-11-17")));
    }

    @Test
    void theLatestRunIsTheLastOfTheDays() {
        assertEquals(run("2026-11-20", "2026-11-21"), QuietAddition.latestRun(List.of(date("2026-11-12"),
                date("2026-11-21"), date("2026-11-20"), date("2026-11-13"))));
        assertEquals(Optional.empty(), QuietAddition.latestRun(List.of()));
    }

    private void train(PlanFact plan, String... days) {
        for (String day : days) {
            history.add(at(plan, day));
        }
    }

    private SessionFact at(PlanFact plan, String day) {
        return session("session:" + sessions++, MOBILITY, plan, day + "T12:00", UTC);
    }

    private Optional<DailyStreak.Run> after(Optional<DailyStreak.Run> latest, List<PlanFact> plans,
                                                    SessionFact... batch) {
        List<SessionFact> added = List.of(batch);
        List<SessionFact> all = new ArrayList<>(history);
        all.addAll(added);
        List<PlanWeekTally> counted = UserRollup.of(new UserFacts(plans, added)).planWeeks();
        List<PlanWeekTally> standing = UserRollup.of(new UserFacts(plans, all)).planWeeks().stream()
                .filter(tally -> counted.stream().anyMatch(count -> count.planId().equals(tally.planId())
                        && count.week().equals(tally.week())))
                .toList();
        return QuietAddition.after(latest.orElseThrow(), new AddedSessions(added, plans, counted, standing), SETTINGS);
    }

    private static Optional<DailyStreak.Run> run(String first, String last) {
        return Optional.of(new DailyStreak.Run(date(first), date(last)));
    }
}
