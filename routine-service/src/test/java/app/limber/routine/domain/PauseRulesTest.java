package app.limber.routine.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static app.limber.routine.domain.RoutineException.Reason.CONFLICT;
import static app.limber.routine.domain.RoutineException.Reason.INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PauseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final PauseRules.PlanDates OPEN_PLAN = new PauseRules.PlanDates(LocalDate.of(2026, 11, 16), null, false);

    @Test
    void ninetyDaysIsTheLongestPause() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        PauseRules.validate(new PauseInput(start, start.plusDays(89)), OPEN_PLAN, TODAY, List.of());
        PauseRules.validate(new PauseInput(start, start), OPEN_PLAN, TODAY, List.of());
        assertRefused(INVALID, "endsOn", new PauseInput(start, start.plusDays(90)), OPEN_PLAN, List.of());
        assertRefused(INVALID, "endsOn", new PauseInput(start, start.minusDays(1)), OPEN_PLAN, List.of());
    }

    @Test
    void aPauseStartsWithinAYearOfTodayAndInsideThePlan() {
        assertRefused(INVALID, "startsOn", new PauseInput(TODAY.plusDays(366), TODAY.plusDays(366)), OPEN_PLAN, List.of());
        assertRefused(INVALID, "startsOn", new PauseInput(TODAY.minusDays(366), TODAY.minusDays(360)),
                new PauseRules.PlanDates(TODAY.minusDays(400), null, false), List.of());
        assertRefused(INVALID, "startsOn", new PauseInput(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 20)),
                OPEN_PLAN, List.of());
        PauseRules.PlanDates eightWeeks = new PauseRules.PlanDates(LocalDate.of(2026, 11, 16), LocalDate.of(2027, 1, 10), false);
        PauseRules.validate(new PauseInput(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20)), eightWeeks, TODAY, List.of());
        assertRefused(INVALID, "startsOn", new PauseInput(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 20)),
                eightWeeks, List.of());
    }

    @Test
    void anEndedPlanIsNotPaused() {
        assertRefused(CONFLICT, null, new PauseInput(TODAY, TODAY),
                new PauseRules.PlanDates(LocalDate.of(2026, 11, 16), TODAY, true), List.of());
    }

    @Test
    void pausesMayTouchButNotOverlapAndAResumedPauseFreesItsRest() {
        List<PausedDays> taken = List.of(new PausedDays(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), null));
        assertRefused(CONFLICT, null, new PauseInput(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12)), OPEN_PLAN, taken);
        assertRefused(CONFLICT, null, new PauseInput(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 31)), OPEN_PLAN, taken);
        PauseRules.validate(new PauseInput(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 12)), OPEN_PLAN, TODAY, taken);
        PauseRules.validate(new PauseInput(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30)), OPEN_PLAN, TODAY, taken);

        List<PausedDays> resumed = List.of(new PausedDays(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 5)));
        PauseRules.validate(new PauseInput(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 12)), OPEN_PLAN, TODAY, resumed);
        assertRefused(CONFLICT, null, new PauseInput(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 12)), OPEN_PLAN, resumed);

        List<PausedDays> cancelled = List.of(new PausedDays(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 1)));
        PauseRules.validate(new PauseInput(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10)), OPEN_PLAN, TODAY, cancelled);
    }

    @Test
    void resumingMakesTodayTheFirstActiveDayUnlessThePauseHasNotBegunOrIsOver() {
        PausedDays pause = new PausedDays(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), null);
        assertEquals(LocalDate.of(2026, 12, 1), PauseRules.resumedOn(pause, LocalDate.of(2026, 11, 25)));
        assertEquals(LocalDate.of(2026, 12, 1), PauseRules.resumedOn(pause, LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2026, 12, 7), PauseRules.resumedOn(pause, LocalDate.of(2026, 12, 7)));
        assertEquals(LocalDate.of(2026, 12, 10), PauseRules.resumedOn(pause, LocalDate.of(2026, 12, 10)));
        RoutineException over = assertThrows(RoutineException.class,
                () -> PauseRules.resumedOn(pause, LocalDate.of(2026, 12, 11)));
        assertEquals(CONFLICT, over.reason());
    }

    private static void assertRefused(RoutineException.Reason reason, String field, PauseInput input,
                                      PauseRules.PlanDates plan, List<PausedDays> others) {
        RoutineException refused = assertThrows(RoutineException.class, () -> PauseRules.validate(input, plan, TODAY, others));
        assertEquals(reason, refused.reason(), refused.getMessage());
        if (field != null) {
            assertEquals(field, refused.violations().get(0).field());
        }
    }
}
