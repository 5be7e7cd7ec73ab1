package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HabitStrengthTest {

    private static final double EXACT = 1e-15;
    /** m for f = 1 (a target of 7): 0.5^(1/13). */
    private static final double M_DAILY = 0.94807751433917142;
    /** m for f = 3/7: 0.5^(√(3/7)/13). */
    private static final double M_THREE = 0.96569668171386247;
    /** m for f = 1/7: 0.5^(√(1/7)/13). */
    private static final double M_ONE = Math.pow(0.5, Math.sqrt(1.0 / 7) / 13);

    @Test
    void withoutFactsThereIsNoHabit() {
        assertEquals(0.0, HabitStrength.of(List.of(), List.of(), date("2026-11-20")));
    }

    @Test
    void oneSessionOfASevenSessionWeekIsASeventhOfOneStep() {
        PlanFact daily = plan("daily", MOBILITY, 7, BERLIN, "2026-11-20");

        double score = HabitStrength.of(List.of(daily), List.of(day("2026-11-20", 1)), date("2026-11-20"));

        // v = 1 session in the last 7 days / 7; score = 0 · m + v · (1 − m)
        assertEquals(0.0074174979515469388, score, EXACT);
        assertEquals((1.0 / 7) * (1 - M_DAILY), score, EXACT);
    }

    @Test
    void belowSevenAWeekTheLastFourteenDaysCountAgainstTwiceTheTarget() {
        PlanFact three = plan("three", MOBILITY, 3, BERLIN, "2026-11-16");

        double score = HabitStrength.of(List.of(three), List.of(day("2026-11-16", 1)), date("2026-11-18"));

        // v = 1/6 on each of the three days: ((v(1−m))·m + v(1−m))·m + v(1−m)
        double v = 1.0 / 6;
        assertEquals(((v * (1 - M_THREE)) * M_THREE + v * (1 - M_THREE)) * M_THREE + v * (1 - M_THREE), score, EXACT);
        assertEquals(0.016570027873669478, score, EXACT);
    }

    @Test
    void beforeAnyPlanTheTargetIsOnceAWeek() {
        double score = HabitStrength.of(List.of(), List.of(day("2026-11-16", 1), day("2026-11-17", 1)), date("2026-11-18"));

        // T = 1: v = sessions in 14 days / 2 = 1/2, 1, 1
        double afterTwo = (0.5 * (1 - M_ONE)) * M_ONE + (1 - M_ONE);
        assertEquals(afterTwo * M_ONE + (1 - M_ONE), score, EXACT);
        assertEquals(0.049085348903010681, score, EXACT);
    }

    @Test
    void afterAPlanEndsItsTargetStillSetsThePace() {
        PlanFact oneDay = plan("one-day", MOBILITY, 7, BERLIN, "2026-11-20", "2026-11-20");

        double score = HabitStrength.of(List.of(oneDay), List.of(day("2026-11-20", 1)), date("2026-11-21"));

        double first = (1.0 / 7) * (1 - M_DAILY);
        assertEquals(first * M_DAILY + (1.0 / 7) * (1 - M_DAILY), score, EXACT);
    }

    @Test
    void meetingTheTargetEveryWeekOnAnyDaysBuildsAStrongHabitAndStoppingWearsItDown() {
        PlanFact three = plan("three", MOBILITY, 3, BERLIN, "2025-11-03");
        List<DayTally> days = new ArrayList<>();
        for (LocalDate day = date("2025-11-03"); day.isBefore(date("2026-11-02")); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.WEDNESDAY || weekday == DayOfWeek.SATURDAY) {
                days.add(new DayTally(day, 1, 1800));
            }
        }

        double afterAYear = HabitStrength.of(List.of(three), days, date("2026-11-01"));
        double twoWeeksOff = HabitStrength.of(List.of(three), days, date("2026-11-15"));
        double eightWeeksOff = HabitStrength.of(List.of(three), days, date("2026-12-27"));

        assertTrue(afterAYear > 0.999, "a year of three a week: " + afterAYear);
        assertTrue(twoWeeksOff < afterAYear && twoWeeksOff > 0.7, "two weeks off costs a quarter: " + twoWeeksOff);
        assertTrue(eightWeeksOff < 0.25, "eight weeks off costs most of it: " + eightWeeksOff);
    }

    @Test
    void aPausedFortnightHoldsTheHabitWhereTwoWeeksOffWearItDown() {
        PlanFact three = plan("three", MOBILITY, 3, BERLIN, "2026-08-03");
        PlanFact paused = three.withPauses(List.of(new PlanPause(three.planId(), Facts.id("injury"), date("2026-11-02"),
                date("2026-11-15"))));
        List<DayTally> days = new ArrayList<>();
        for (LocalDate day = date("2026-08-03"); day.isBefore(date("2026-11-02")); day = day.plusDays(2)) {
            days.add(new DayTally(day, 1, 1800));
        }

        double beforeThePause = HabitStrength.of(List.of(paused), days, date("2026-11-01"));
        double afterThePause = HabitStrength.of(List.of(paused), days, date("2026-11-15"));
        double twoWeeksOff = HabitStrength.of(List.of(three), days, date("2026-11-15"));

        assertEquals(beforeThePause, afterThePause, EXACT);
        assertTrue(twoWeeksOff < beforeThePause - 0.1, "unpaused, the fortnight costs: " + twoWeeksOff);
    }

    @Test
    void todayBeforeTheFirstFactIsZero() {
        PlanFact future = plan("future", MOBILITY, 3, BERLIN, "2026-12-01");

        assertEquals(0.0, HabitStrength.of(List.of(future), List.of(), date("2026-11-20")));
    }

    @Property(tries = 200)
    void theOrderOfTheFactsDoesNotMatter(@ForAll("sessionDays") List<Integer> offsets, @ForAll("targets") int target,
                                         @ForAll long seed) {
        LocalDate start = date("2026-09-01");
        List<SessionFact> sessions = new ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            sessions.add(Facts.session("s" + i, MOBILITY, null, start.plusDays(offsets.get(i)) + "T07:00", BERLIN));
        }
        List<PlanFact> plans = List.of(plan("a", MOBILITY, target, BERLIN, "2026-09-07", "2026-10-04"),
                plan("b", MOBILITY, 14 - target + 1, BERLIN, "2026-10-12"));
        LocalDate today = date("2026-11-30");
        double inOrder = strength(plans, sessions, today);

        List<SessionFact> shuffled = new ArrayList<>(sessions);
        shuffled.addAll(sessions.subList(0, sessions.size() / 2));
        Collections.shuffle(shuffled, new Random(seed));
        List<PlanFact> shuffledPlans = new ArrayList<>(plans);
        Collections.shuffle(shuffledPlans, new Random(seed));

        assertEquals(inOrder, strength(shuffledPlans, shuffled, today));
        assertTrue(inOrder >= 0 && inOrder <= 1);
    }

    @Provide
    Arbitrary<List<Integer>> sessionDays() {
        return Arbitraries.integers().between(0, 90).list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<Integer> targets() {
        return Arbitraries.integers().between(1, 14);
    }

    private static double strength(List<PlanFact> plans, List<SessionFact> sessions, LocalDate today) {
        UserFacts facts = UserFacts.reconcile(plans, List.of(), sessions, List.of());
        return HabitStrength.of(facts.plans(), UserRollup.of(facts).days(), today);
    }

    private static DayTally day(String date, int sessions) {
        return new DayTally(date(date), sessions, 1800L * sessions);
    }
}
