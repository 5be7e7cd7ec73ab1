package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MilestoneKeyTest {

    private static final UUID PLAN = id("plan");
    private static final MilestoneKey MET = new MilestoneKey("anna", MilestoneType.WEEK_TARGET_MET, PLAN,
            new MilestonePeriod.Week(week("2026-W48")));

    @Test
    void theKeyTextNamesTypePlanAndPeriod() {
        assertEquals("week-target-met|" + PLAN + "|2026-W48", MET.text());
        assertEquals("streak-reached|-|daily/7/2026-11-02..2026-11-08", new MilestoneKey("anna",
                MilestoneType.STREAK_REACHED, null, new MilestonePeriod.Run(StreakKind.DAILY, 7,
                        new DateRange(date("2026-11-02"), date("2026-11-08")))).text());
        assertEquals("streak-reached|-|weekly/4/2026-W45..2026-W48", new MilestoneKey("anna",
                MilestoneType.STREAK_REACHED, null, new MilestonePeriod.Run(StreakKind.WEEKLY, 4,
                        new DateRange(date("2026-11-02"), date("2026-11-29")))).text());
        assertEquals("comeback|-|2026-11-02..2026-11-09", new MilestoneKey("anna", MilestoneType.COMEBACK, null,
                new MilestonePeriod.Spell(new DateRange(date("2026-11-02"), date("2026-11-09")))).text());
        assertEquals("inactive|-|since/2026-11-01", new MilestoneKey("anna", MilestoneType.INACTIVE, null,
                new MilestonePeriod.Since(date("2026-11-01"))).text());
        assertEquals("week-at-risk|" + PLAN + "|2026-11-26", new MilestoneKey("anna", MilestoneType.WEEK_AT_RISK, PLAN,
                new MilestonePeriod.Day(date("2026-11-26"))).text());
    }

    @Test
    void theIdIsTheNameUuidOfUserKeyAndOccurrence() {
        UUID expected = UUID.nameUUIDFromBytes(("anna|week-target-met|" + PLAN + "|2026-W48|1")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(expected, MET.id(1));
        assertEquals(MET.id(1), new MilestoneKey("anna", MilestoneType.WEEK_TARGET_MET, PLAN,
                new MilestonePeriod.Week(week("2026-W48"))).id(1), "computed again, the same id");
    }

    @Test
    void becomingTrueAgainIsANewOccurrenceWithANewId() {
        assertNotEquals(MET.id(1), MET.id(2));
        assertThrows(IllegalArgumentException.class, () -> MET.id(0));
    }

    @Test
    void idsDifferPerUserPlanAndWeek() {
        assertNotEquals(MET.id(1), new MilestoneKey("ben", MET.type(), PLAN, MET.period()).id(1));
        assertNotEquals(MET.id(1), new MilestoneKey("anna", MET.type(), id("other"), MET.period()).id(1));
        assertNotEquals(MET.id(1), new MilestoneKey("anna", MET.type(), PLAN,
                new MilestonePeriod.Week(week("2026-W49"))).id(1));
    }

    @Test
    void aRevocationHasItsOwnIdDerivedFromTheRevokedOne() {
        UUID revokedId = MET.id(1);

        assertEquals(UUID.nameUUIDFromBytes(("revoked|" + revokedId).getBytes(StandardCharsets.UTF_8)),
                MilestoneIds.revocation(revokedId));
        assertNotEquals(MilestoneIds.revocation(revokedId), MilestoneIds.revocation(MET.id(2)));
    }

    @Test
    void aKeyFitsItsType() {
        MilestonePeriod.Week week = new MilestonePeriod.Week(week("2026-W48"));

        assertThrows(IllegalArgumentException.class,
                () -> new MilestoneKey("anna", MilestoneType.WEEK_TARGET_MET, null, week), "a plan-week needs its plan");
        assertThrows(IllegalArgumentException.class,
                () -> new MilestoneKey("anna", MilestoneType.COMEBACK, null, week), "a comeback is about a spell");
        assertThrows(IllegalArgumentException.class,
                () -> new MilestoneKey("anna", MilestoneType.REVOKED, PLAN, week), "a revocation is no milestone");
        assertThrows(IllegalArgumentException.class,
                () -> new MilestoneKey("", MilestoneType.WEEK_TARGET_MET, PLAN, week));
        assertThrows(IllegalArgumentException.class, () -> new MilestonePeriod.Run(StreakKind.DAILY, 5,
                new DateRange(date("2026-11-02"), date("2026-11-06"))), "5 days is no milestone");
    }

    @Test
    void typesKnowTheirEventTypes() {
        assertEquals("limber.milestone.week-target-met.v1", MilestoneType.WEEK_TARGET_MET.eventType());
        assertEquals(MilestoneType.WEEK_AT_RISK, MilestoneType.fromEventType("limber.milestone.week-at-risk.v1"));
        assertEquals(MilestoneType.STREAK_REACHED, MilestoneType.fromSlug("streak-reached"));
        assertThrows(IllegalArgumentException.class, () -> MilestoneType.fromSlug("birthday"));
    }

    @Test
    void aKeyIsReadBackFromItsTextAsTheStoreKeepsIt() {
        List<MilestoneKey> keys = List.of(MET,
                new MilestoneKey("anna|b", MilestoneType.STREAK_REACHED, null, new MilestonePeriod.Run(StreakKind.DAILY, 7,
                        new DateRange(date("2026-11-02"), date("2026-11-08")))),
                new MilestoneKey("anna", MilestoneType.STREAK_REACHED, null, new MilestonePeriod.Run(StreakKind.WEEKLY, 4,
                        new DateRange(date("2026-11-02"), date("2026-11-29")))),
                new MilestoneKey("anna", MilestoneType.COMEBACK, null,
                        new MilestonePeriod.Spell(new DateRange(date("2026-11-02"), date("2026-11-09")))),
                new MilestoneKey("anna", MilestoneType.INACTIVE, null, new MilestonePeriod.Since(date("2026-11-01"))),
                new MilestoneKey("anna", MilestoneType.WEEK_AT_RISK, PLAN, new MilestonePeriod.Day(date("2026-11-26"))),
                new MilestoneKey("anna", MilestoneType.WEEK_MISSED, PLAN, new MilestonePeriod.Week(week("2026-W53"))));

        for (MilestoneKey key : keys) {
            MilestoneKey read = MilestoneKey.parse(key.userId(), key.text());
            assertEquals(key, read, key.text());
            assertEquals(key.id(2), read.id(2), key.text());
        }
    }

    @Test
    void textThatIsNoKeyIsRefused() {
        for (String text : List.of("week-target-met|" + PLAN, "week-target-met|-|2026-W48", "comeback|-|2026-W48",
                "streak-reached|-|daily/5/2026-11-02..2026-11-06", "streak-reached|-|daily/7/2026-11-09..2026-11-02",
                "streak-reached|-|weekly/4/2026-11-02..2026-11-29", "inactive|-|2026-11-01", "week-at-risk|"
                        + PLAN + "|2026-13-01", "birthday|-|2026-11-01", "revoked|-|2026-11-01",
                "week-target-met|" + PLAN + "|2026-W48|1")) {
            assertThrows(IllegalArgumentException.class, () -> MilestoneKey.parse("anna", text), text);
        }
    }
}
