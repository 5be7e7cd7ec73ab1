package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.UTC;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void newYearsDay2027BelongsToWeek53Of2026() {
        IsoWeek w53 = IsoWeek.of(date("2027-01-01"));

        assertEquals(new IsoWeek(2026, 53), w53);
        assertEquals(date("2026-12-28"), w53.monday());
        assertEquals(date("2027-01-03"), w53.sunday());
        assertEquals("2026-W53", w53.toString());
    }

    @Test
    void nextAndPreviousCrossWeek53AndYearEnds() {
        assertEquals(week("2027-W01"), week("2026-W53").next());
        assertEquals(week("2026-W53"), week("2027-W01").previous());
        assertEquals(week("2026-W01"), week("2025-W52").next());
        assertEquals(date("2025-12-29"), week("2026-W01").monday());
        assertEquals(2, week("2026-W52").weeksUntil(week("2027-W01")));
        assertEquals(-3, week("2027-W02").weeksUntil(week("2026-W52")));
    }

    @Test
    void rejectsAWeekTheYearDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2025, 53));
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-53"));
    }

    @Test
    void weeksOrderChronologicallyAcrossYears() {
        assertTrue(week("2026-W53").isBefore(week("2027-W01")));
        assertTrue(week("2026-W10").isAfter(week("2025-W52")));
        assertTrue(week("2026-W53").contains(date("2027-01-03")));
    }

    @Test
    void anInstantNearMidnightUtcFallsInTheWeekOfTheGivenZone() {
        Instant sundayLateUtc = Instant.parse("2026-11-22T23:30:00Z");

        assertEquals(week("2026-W47"), IsoWeek.containing(sundayLateUtc, UTC));
        assertEquals(week("2026-W48"), IsoWeek.containing(sundayLateUtc, BERLIN));
    }

    @Test
    void everyDayOf1900To2100LiesInTheWeekIsoFieldsGivesIt() {
        for (LocalDate day = date("1900-01-01"); day.isBefore(date("2101-01-01")); day = day.plusDays(1)) {
            IsoWeek week = IsoWeek.of(day);
            assertEquals(day.get(IsoFields.WEEK_BASED_YEAR), week.year(), day.toString());
            assertEquals(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), week.week(), day.toString());
            assertEquals(day.with(DayOfWeek.MONDAY), week.monday(), day.toString());
            assertEquals(String.format("%04d-W%02d", week.year(), week.week()), week.toString());
        }
        for (int year = 1900; year <= 2100; year++) {
            long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 1, 4)).getMaximum();
            assertEquals(weeks == 53, isWeekOf(year, 53), "week 53 of " + year);
        }
    }

    private static boolean isWeekOf(int year, int week) {
        try {
            new IsoWeek(year, week);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
