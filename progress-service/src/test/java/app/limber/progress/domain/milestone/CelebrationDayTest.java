package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.PlanFact;

class CelebrationDayTest {

    private static final PlanFact WEEKLY = plan("weekly", MOBILITY, 1, BERLIN, "2026-11-02");

    @Test
    void aSessionsCelebrationIsOnTheSessionsDayAndAWeeksOnItsSundayOrTodayWhileItRuns() {
        // Thu 2026-11-05 (W45), a comeback on Tue 2026-11-17 (W47), then Wed and Thu: three days in a row
        List<Milestone> milestones = EventMilestones.of(facts(List.of(WEEKLY), dailySessions(MOBILITY, BERLIN,
                "2026-11-05", "2026-11-17", "2026-11-18", "2026-11-19")), MilestoneSettings.DEFAULTS);
        LocalDate friday = date("2026-11-20");

        assertEquals(Map.of(
                        "comeback|-|2026-11-06..2026-11-17", date("2026-11-17"),
                        "streak-reached|-|daily/3/2026-11-17..2026-11-19", date("2026-11-19"),
                        "week-target-met|" + WEEKLY.planId() + "|2026-W45", date("2026-11-08"),
                        "week-target-met|" + WEEKLY.planId() + "|2026-W47", friday),
                days(milestones, friday));
    }

    @Test
    void aWeeklyStreakIsOnTheSundayOfTheWeekThatReachedItOrTodayWhileThatWeekRuns() {
        List<Milestone> milestones = EventMilestones.of(facts(List.of(WEEKLY), dailySessions(MOBILITY, BERLIN,
                "2026-11-03", "2026-11-10")), MilestoneSettings.DEFAULTS);
        String weekly = "streak-reached|-|weekly/2/2026-W45..2026-W46";

        assertEquals(date("2026-11-11"), days(milestones, date("2026-11-11")).get(weekly));
        assertEquals(date("2026-11-15"), days(milestones, date("2026-11-30")).get(weekly));
    }

    @Test
    void nudgesHaveNoCelebrationDay() {
        Milestone inactive = Milestone.exact(new MilestoneKey("anna", MilestoneType.INACTIVE, null,
                        new MilestonePeriod.Since(date("2026-11-01"))),
                new MilestoneDetails.Inactive(null, null, date("2026-11-08"), BERLIN));

        assertThrows(IllegalArgumentException.class, () -> CelebrationDay.of(inactive, date("2026-11-08")));
    }

    @Test
    void theWindowAdmitsTheLastDaysUpToTodayAndLater() {
        PublishWindow week = new PublishWindow(7);
        LocalDate today = date("2026-11-23");

        assertTrue(week.admits(date("2026-11-16"), today));
        assertTrue(week.admits(today, today));
        assertTrue(week.admits(date("2026-11-24"), today), "a session logged in a zone already on tomorrow");
        assertFalse(week.admits(date("2026-11-15"), today));
        assertFalse(new PublishWindow(0).admits(date("2026-11-22"), today));
        assertThrows(IllegalArgumentException.class, () -> new PublishWindow(-1));
    }

    private static Map<String, LocalDate> days(List<Milestone> milestones, LocalDate today) {
        Map<String, LocalDate> days = new TreeMap<>();
        milestones.forEach(milestone -> days.put(milestone.key().text(), CelebrationDay.of(milestone, today)));
        return days;
    }
}
