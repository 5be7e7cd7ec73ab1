package app.limber.routine.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTimingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void backDatedSessionsAndSmallClockSkewAreFine() {
        assertTrue(SessionTiming.check(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(30)).plusSeconds(600), NOW).isEmpty());
        assertTrue(SessionTiming.check(NOW.minusSeconds(600), NOW.plus(Duration.ofMinutes(5)), NOW).isEmpty());
    }

    @Test
    void refusesAFutureCompletionAnEndBeforeTheStartAndMoreThanTwelveHours() {
        assertEquals("completedAt", SessionTiming.check(NOW, NOW.plus(Duration.ofMinutes(6)), NOW).get(0).field());
        assertEquals("must not be before startedAt", SessionTiming.check(NOW, NOW.minusSeconds(1), NOW).get(0).message());
        assertEquals(1, SessionTiming.check(NOW.minus(Duration.ofHours(13)), NOW, NOW).size());
        assertTrue(SessionTiming.check(NOW.minus(Duration.ofHours(12)), NOW, NOW).isEmpty());
    }

    @Test
    void theDayIsCompletedAtsDateInTheSessionsZone() {
        Instant completed = Instant.parse("2026-11-21T06:30:20Z");
        SessionTiming timing = new SessionTiming(completed.minusSeconds(1095), completed, ZoneId.of("America/Los_Angeles"));
        assertEquals(LocalDate.parse("2026-11-20"), timing.localDate());
        assertEquals(1095, timing.durationSeconds());
        assertEquals(LocalDate.parse("2026-11-21"), new SessionTiming(completed, completed, ZoneId.of("Europe/Berlin")).localDate());
    }

    @Test
    void onlyIanaZoneIdsAreTimeZones() {
        assertTrue(TimeZones.isIana("Europe/Berlin"));
        assertTrue(TimeZones.isIana("UTC"));
        assertTrue(!TimeZones.isIana("+01:00") && !TimeZones.isIana("Mars/Olympus") && !TimeZones.isIana(null));
    }
}
