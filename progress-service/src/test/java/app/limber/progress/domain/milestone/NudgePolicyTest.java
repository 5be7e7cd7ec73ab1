package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.milestone.NudgeDecision.SuppressionReason.DAILY_CAP;
import static app.limber.progress.domain.milestone.NudgeDecision.SuppressionReason.QUIET_HOURS;
import static app.limber.progress.domain.milestone.NudgeDecision.SuppressionReason.TYPE_OFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class NudgePolicyTest {

    private static final NudgePreferences DEFAULTS = NudgePreferences.DEFAULTS;
    private static final LocalDateTime EVENING = LocalDateTime.parse("2026-11-19T18:00");

    @Test
    void aNudgeAtTheNudgeHourIsSent() {
        assertEquals(NudgeDecision.SEND, NudgePolicy.decide(DEFAULTS, MilestoneType.WEEK_AT_RISK, EVENING, 0));
    }

    @Test
    void quietHoursWrappingMidnightSuppressOnBothSidesOfIt() {
        assertEquals(NudgeDecision.suppressed(QUIET_HOURS), decideAt("2026-11-19T23:30"));
        assertEquals(NudgeDecision.suppressed(QUIET_HOURS), decideAt("2026-11-20T00:00"));
        assertEquals(NudgeDecision.suppressed(QUIET_HOURS), decideAt("2026-11-20T06:59"));
        assertEquals(NudgeDecision.SEND, decideAt("2026-11-20T07:00"));
        assertEquals(NudgeDecision.SEND, decideAt("2026-11-19T21:59"));
    }

    @Test
    void theCapCountsNudgesAlreadySentThatDay() {
        assertEquals(NudgeDecision.SEND, NudgePolicy.decide(DEFAULTS, MilestoneType.INACTIVE, EVENING, 1));
        assertEquals(NudgeDecision.suppressed(DAILY_CAP), NudgePolicy.decide(DEFAULTS, MilestoneType.INACTIVE, EVENING, 2));

        NudgePreferences one = new NudgePreferences(true, true, true, true, 18, null, null, 1);
        assertEquals(NudgeDecision.suppressed(DAILY_CAP), NudgePolicy.decide(one, MilestoneType.WEEK_MISSED, EVENING, 1));
    }

    @Test
    void aTypeSwitchedOffIsSuppressedWhateverTheHour() {
        NudgePreferences noAtRisk = new NudgePreferences(false, true, true, true, 18, LocalTime.of(22, 0), LocalTime.of(7, 0), 2);

        assertEquals(NudgeDecision.suppressed(TYPE_OFF), NudgePolicy.decide(noAtRisk, MilestoneType.WEEK_AT_RISK, EVENING, 0));
        assertEquals(NudgeDecision.suppressed(TYPE_OFF),
                NudgePolicy.decide(noAtRisk, MilestoneType.WEEK_AT_RISK, LocalDateTime.parse("2026-11-19T23:00"), 5));
        assertEquals(NudgeDecision.SEND, NudgePolicy.decide(noAtRisk, MilestoneType.WEEK_MISSED, EVENING, 0));
    }

    @Test
    void celebrationsHaveOneSwitchAndIgnoreQuietHoursAndTheCap() {
        NudgePreferences noCelebrations = new NudgePreferences(true, true, true, false, 18, LocalTime.of(22, 0), LocalTime.of(7, 0), 2);
        LocalDateTime night = LocalDateTime.parse("2026-11-19T23:15");

        assertEquals(NudgeDecision.SEND, NudgePolicy.decide(DEFAULTS, MilestoneType.STREAK_REACHED, night, 2));
        assertEquals(NudgeDecision.suppressed(TYPE_OFF), NudgePolicy.decide(noCelebrations, MilestoneType.WEEK_TARGET_MET, EVENING, 0));
        assertEquals(NudgeDecision.suppressed(TYPE_OFF), NudgePolicy.decide(noCelebrations, MilestoneType.COMEBACK, EVENING, 0));
    }

    @Test
    void revocationsAlwaysFollow() {
        NudgePreferences allOff = new NudgePreferences(false, false, false, false, 18, LocalTime.of(22, 0), LocalTime.of(7, 0), 1);

        assertEquals(NudgeDecision.SEND, NudgePolicy.decide(allOff, MilestoneType.REVOKED, LocalDateTime.parse("2026-11-19T23:15"), 3));
    }

    @Test
    void aNegativeCountIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> NudgePolicy.decide(DEFAULTS, MilestoneType.INACTIVE, EVENING, -1));
    }

    private static NudgeDecision decideAt(String localDateTime) {
        return NudgePolicy.decide(DEFAULTS, MilestoneType.WEEK_MISSED, LocalDateTime.parse(localDateTime), 0);
    }
}
