package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.facts;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The per-week view is the plan-weeks adherence averages, nothing re-derived: same weeks, targets, met and settled. */
class AdherenceWeeksTest {

    private static final LocalDate TODAY = date("2026-11-18");
    private static final IsoWeek RUNNING = week("2026-W47");
    private static final PlanFact PLAN = plan("plan", MOBILITY, 2, BERLIN, "2026-11-02");

    @Test
    void oneEntryPerPlanWeekWithDoneTargetMetAndSettledOldestFirst() {
        UserFacts facts = facts(List.of(PLAN), List.of(
                session("a", MOBILITY, PLAN, "2026-11-03T18:00", BERLIN),
                session("b", MOBILITY, PLAN, "2026-11-05T18:00", BERLIN),
                session("c", MOBILITY, PLAN, "2026-11-10T18:00", BERLIN)));

        List<AdherenceWeeks.Entry> weeks = of(facts, week("2026-W40"), RUNNING);

        assertEquals(List.of("2026-W45 2/2 met settled", "2026-W46 1/2 not met settled", "2026-W47 0/2 not met running"),
                weeks.stream().map(AdherenceWeeksTest::describe).toList());
        assertEquals(List.of(MOBILITY, MOBILITY, MOBILITY), weeks.stream().map(AdherenceWeeks.Entry::routineId).toList());
    }

    @Test
    void theSettledWeeksAreExactlyWhatAdherenceAverages() {
        PlanFact strength = plan("strength", STRENGTH, 3, BERLIN, "2026-11-12");
        UserFacts facts = facts(List.of(PLAN, strength), List.of(
                session("a", MOBILITY, PLAN, "2026-11-03T18:00", BERLIN),
                session("b", STRENGTH, strength, "2026-11-13T07:00", BERLIN),
                session("c", STRENGTH, strength, "2026-11-16T07:00", BERLIN),
                session("d", MOBILITY, PLAN, "2026-11-17T18:00", BERLIN),
                session("e", MOBILITY, PLAN, "2026-11-18T08:00", BERLIN)));

        List<AdherenceWeeks.Entry> weeks = of(facts, week("2026-W45"), RUNNING);

        double mean = weeks.stream().filter(AdherenceWeeks.Entry::settled)
                .mapToDouble(entry -> entry.planWeek().adherence()).average().orElseThrow();
        assertEquals(ProgressSummary.of("u", facts, TODAY).adherence().allTime(), mean, 1e-12);
        // the strength plan starts on a Thursday: 4 days of its first week ask for max(1, round(3 × 4 / 7)) = 2
        assertEquals(List.of("2026-W45 1/2 not met settled mobility", "2026-W46 0/2 not met settled mobility",
                        "2026-W46 1/2 not met settled strength", "2026-W47 1/3 not met running strength",
                        "2026-W47 2/2 met settled mobility"),
                weeks.stream().map(entry -> describe(entry) + (entry.routineId().equals(MOBILITY) ? " mobility" : " strength"))
                        .sorted().toList());
        assertEquals(weeks.stream().sorted(java.util.Comparator.comparing((AdherenceWeeks.Entry entry) -> entry.planWeek().week())
                .thenComparing(entry -> entry.planWeek().planId())).toList(), weeks, "oldest first, then by plan");
    }

    @Test
    void aWhollyPausedWeekIsNoPlanWeekAndWeeksAfterTheRunningOneAreLeftOut() {
        PlanFact paused = PLAN.withPauses(List.of(new PlanPause(PLAN.planId(), id("pause"), date("2026-11-09"),
                date("2026-11-15"))));
        UserFacts facts = facts(List.of(paused), List.of(session("a", MOBILITY, paused, "2026-11-11T18:00", BERLIN)));

        List<AdherenceWeeks.Entry> weeks = of(facts, week("2026-W45"), week("2026-W52"));

        assertEquals(List.of("2026-W45 0/2 not met settled", "2026-W47 0/2 not met running"),
                weeks.stream().map(AdherenceWeeksTest::describe).toList());
        assertEquals(List.of(), of(facts, week("2026-W48"), week("2026-W50")), "a range after the running week");
    }

    @Test
    void aRangeGivesThoseWeeksOnlyFromTheTalliesOfThoseWeeks() {
        UserFacts facts = facts(List.of(PLAN), List.of(
                session("a", MOBILITY, PLAN, "2026-11-03T18:00", BERLIN),
                session("b", MOBILITY, PLAN, "2026-11-10T18:00", BERLIN)));
        List<PlanWeekTally> w46 = UserRollup.of(facts).planWeeks().stream()
                .filter(tally -> tally.week().equals(week("2026-W46"))).toList();

        List<AdherenceWeeks.Entry> weeks = AdherenceWeeks.of(facts.plans(), w46, week("2026-W46"), week("2026-W46"),
                RUNNING);

        assertEquals(List.of("2026-W46 1/2 not met settled"), weeks.stream().map(AdherenceWeeksTest::describe).toList());
    }

    private static List<AdherenceWeeks.Entry> of(UserFacts facts, IsoWeek first, IsoWeek last) {
        return AdherenceWeeks.of(facts.plans(), UserRollup.of(facts).planWeeks(), first, last, RUNNING);
    }

    private static String describe(AdherenceWeeks.Entry entry) {
        PlanWeekTally week = entry.planWeek();
        return week.week() + " " + week.done() + "/" + week.target() + (entry.met() ? " met" : " not met")
                + (entry.settled() ? " settled" : " running");
    }
}
