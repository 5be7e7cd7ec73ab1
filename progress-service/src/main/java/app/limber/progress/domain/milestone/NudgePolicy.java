package app.limber.progress.domain.milestone;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Whether a milestone goes out, by the user's {@link NudgePreferences}. Suppressed milestones are not published but
 * are recorded as suppressed, with the reason, so they are not tried again.
 *
 * <ol>
 *   <li>A type the user switched off is suppressed ({@code type-off}); celebrations share one switch.</li>
 *   <li>Nudges (at-risk, missed, inactive) in the quiet hours are suppressed ({@code quiet-hours}); the nudge hour
 *       itself is never quiet, so this catches nudges sent late, after downtime.</li>
 *   <li>Nudges beyond the day's cap are suppressed ({@code daily-cap}); the cap counts nudges sent (not suppressed)
 *       on the same local day in the nudge's zone.</li>
 * </ol>
 * Celebrations answer a session the user just logged, so neither quiet hours nor the cap apply to them (nor do they
 * count toward it); the notification system decides how to deliver. Revocations always go out: they correct what was
 * published.
 */
public final class NudgePolicy {

    private NudgePolicy() {
    }

    /**
     * @param localDateTime             the user's wall-clock time now, in the milestone's zone
     * @param nudgesAlreadySentThatDay  nudges sent earlier on that local day
     */
    public static NudgeDecision decide(NudgePreferences prefs, MilestoneType type, LocalDateTime localDateTime,
                                       int nudgesAlreadySentThatDay) {
        Objects.requireNonNull(prefs, "prefs");
        Objects.requireNonNull(localDateTime, "localDateTime");
        if (nudgesAlreadySentThatDay < 0) {
            throw new IllegalArgumentException("nudgesAlreadySentThatDay cannot be negative");
        }
        if (!prefs.wants(type)) {
            return NudgeDecision.suppressed(NudgeDecision.SuppressionReason.TYPE_OFF);
        }
        if (!type.isNudge()) {
            return NudgeDecision.SEND;
        }
        if (prefs.isQuietAt(localDateTime.toLocalTime())) {
            return NudgeDecision.suppressed(NudgeDecision.SuppressionReason.QUIET_HOURS);
        }
        if (nudgesAlreadySentThatDay >= prefs.maxNudgesPerDay()) {
            return NudgeDecision.suppressed(NudgeDecision.SuppressionReason.DAILY_CAP);
        }
        return NudgeDecision.SEND;
    }
}
