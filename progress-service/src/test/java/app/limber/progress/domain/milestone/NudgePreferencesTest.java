package app.limber.progress.domain.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NudgePreferencesTest {

    @Test
    void theDefaultsNudgeAtSixAndKeepTheNightQuiet() {
        NudgePreferences defaults = NudgePreferences.DEFAULTS;

        assertEquals(18, defaults.nudgeHour());
        assertEquals(2, defaults.maxNudgesPerDay());
        assertTrue(defaults.isQuietAt(LocalTime.of(23, 0)));
        assertTrue(defaults.isQuietAt(LocalTime.of(6, 59)));
        assertFalse(defaults.isQuietAt(LocalTime.of(7, 0)));
        assertFalse(defaults.isQuietAt(LocalTime.of(21, 59)));
    }

    @Test
    void quietHoursMayStayWithinOneDay() {
        NudgePreferences afternoon = withQuiet(LocalTime.of(13, 0), LocalTime.of(15, 30));

        assertTrue(afternoon.isQuietAt(LocalTime.of(13, 0)));
        assertTrue(afternoon.isQuietAt(LocalTime.of(15, 29)));
        assertFalse(afternoon.isQuietAt(LocalTime.of(15, 30)));
        assertFalse(afternoon.isQuietAt(LocalTime.of(2, 0)));
    }

    @Test
    void withoutQuietHoursNothingIsQuiet() {
        NudgePreferences none = withQuiet(null, null);

        assertFalse(none.hasQuietHours());
        assertFalse(none.isQuietAt(LocalTime.of(3, 0)));
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertEquals(List.of("nudgeHour"), fields(24, LocalTime.of(22, 0), LocalTime.of(7, 0), 2));
        assertEquals(List.of("nudgeHour"), fields(-1, LocalTime.of(22, 0), LocalTime.of(7, 0), 2));
        assertEquals(List.of("quietEnd"), fields(18, LocalTime.of(22, 0), null, 2));
        assertEquals(List.of("quietStart"), fields(18, null, LocalTime.of(7, 0), 2));
        assertEquals(List.of("quietEnd"), fields(18, LocalTime.of(22, 0), LocalTime.of(22, 0), 2));
        assertEquals(List.of("quietStart"), fields(18, LocalTime.of(22, 0, 30), LocalTime.of(7, 0), 2));
        assertEquals(List.of("maxNudgesPerDay"), fields(18, LocalTime.of(22, 0), LocalTime.of(7, 0), 0));
        assertEquals(List.of("maxNudgesPerDay"), fields(18, LocalTime.of(22, 0), LocalTime.of(7, 0), 11));
        assertEquals(List.of("nudgeHour", "maxNudgesPerDay"), fields(30, null, null, 11));
    }

    @Test
    void theNudgeHourCannotBeQuiet() {
        assertEquals(List.of("nudgeHour"), fields(23, LocalTime.of(22, 0), LocalTime.of(7, 0), 2));
        assertEquals(List.of("nudgeHour"), fields(6, LocalTime.of(22, 0), LocalTime.of(7, 0), 2));
        assertEquals(List.of(), fields(7, LocalTime.of(22, 0), LocalTime.of(7, 0), 2));
    }

    @Test
    void invalidPreferencesCannotBeBuilt() {
        NudgePreferences.InvalidNudgePreferences invalid = assertThrows(NudgePreferences.InvalidNudgePreferences.class,
                () -> new NudgePreferences(true, true, true, true, 25, null, null, 2));

        assertEquals(List.of(new NudgePreferences.Violation("nudgeHour", "must be a whole number from 0 to 23")), invalid.violations());
    }

    private static NudgePreferences withQuiet(LocalTime start, LocalTime end) {
        return new NudgePreferences(true, true, true, true, 18, start, end, 2);
    }

    private static List<String> fields(int hour, LocalTime start, LocalTime end, int max) {
        return NudgePreferences.violations(hour, start, end, max).stream().map(NudgePreferences.Violation::field).toList();
    }
}
