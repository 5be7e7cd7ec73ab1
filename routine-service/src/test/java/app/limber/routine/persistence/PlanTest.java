package app.limber.routine.persistence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanTest {

    /** 23:30 UTC on the 21st is already the 22nd in Berlin. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-21T23:30:00Z");

    private static Plan plan(String startsOn, String endsOn) {
        Plan plan = new Plan();
        plan.timeZone = "Europe/Berlin";
        plan.startsOn = LocalDate.parse(startsOn);
        plan.endsOn = endsOn == null ? null : LocalDate.parse(endsOn);
        return plan;
    }

    @Test
    void endingAnOpenPlanEndsItTodayInItsZone() {
        Plan plan = plan("2026-11-01", null);
        assertEquals("active", plan.status(LATE_EVENING_UTC));
        plan.end(LATE_EVENING_UTC);
        assertEquals(LocalDate.parse("2026-11-22"), plan.endsOn);
        assertEquals("ended", plan.status(LATE_EVENING_UTC));
    }

    @Test
    void aLaterLastDayIsBroughtForwardToToday() {
        Plan plan = plan("2026-11-01", "2027-01-31");
        plan.end(LATE_EVENING_UTC);
        assertEquals(LocalDate.parse("2026-11-22"), plan.endsOn);
    }

    @Test
    void anEarlierLastDayIsKept() {
        Plan plan = plan("2026-11-01", "2026-11-10");
        plan.end(LATE_EVENING_UTC);
        assertEquals(LocalDate.parse("2026-11-10"), plan.endsOn);
    }

    @Test
    void aPlanThatHasNotStartedEndsBeforeItsFirstDay() {
        Plan plan = plan("2026-12-01", null);
        assertEquals("scheduled", plan.status(LATE_EVENING_UTC));
        plan.end(LATE_EVENING_UTC);
        assertEquals(LocalDate.parse("2026-11-22"), plan.endsOn);
    }
}
