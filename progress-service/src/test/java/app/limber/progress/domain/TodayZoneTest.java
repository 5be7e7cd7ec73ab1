package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.TOKYO;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodayZoneTest {

    // Sunday 23:30 in Los Angeles is already Monday in Berlin and Tokyo
    private final Instant now = Instant.parse("2026-11-23T07:30:00Z");

    @Test
    void takesTheZoneOfThePlanActiveToday() {
        PlanFact berlin = plan("b", MOBILITY, 3, BERLIN, "2026-11-02");

        assertEquals(BERLIN, TodayZone.choose(List.of(berlin), TOKYO, now));
        assertEquals(date("2026-11-23"), TodayZone.today(List.of(berlin), TOKYO, now));
    }

    @Test
    void amongSeveralActivePlansTheOneStartedLastWins() {
        PlanFact older = plan("old", MOBILITY, 3, BERLIN, "2026-11-02");
        PlanFact newer = plan("new", STRENGTH, 2, LOS_ANGELES, "2026-11-16");

        assertEquals(LOS_ANGELES, TodayZone.choose(List.of(older, newer), TOKYO, now));
        assertEquals(date("2026-11-22"), TodayZone.today(List.of(older, newer), TOKYO, now));
    }

    @Test
    void withoutAnActivePlanTheLatestSessionsZoneThenUtc() {
        PlanFact ended = plan("ended", MOBILITY, 3, BERLIN, "2026-10-01", "2026-10-31");

        assertEquals(TOKYO, TodayZone.choose(List.of(ended), TOKYO, now));
        assertEquals(ZoneOffset.UTC, TodayZone.choose(List.of(ended), null, now));
    }
}
