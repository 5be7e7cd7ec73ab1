package app.limber.progress.domain.milestone;

import java.util.Locale;
import java.util.Objects;

/** What {@link NudgePolicy} decided: send, or record as suppressed with the reason. */
public record NudgeDecision(Outcome outcome, SuppressionReason reason) {

    public static final NudgeDecision SEND = new NudgeDecision(Outcome.SEND, null);

    public enum Outcome { SEND, SUPPRESSED }

    /** Why a milestone was not published; stored with it. */
    public enum SuppressionReason {
        /** The user switched the type off (or celebrations, for a celebration). */
        TYPE_OFF,
        /** The nudge would have gone out in the user's quiet hours. */
        QUIET_HOURS,
        /** The user already got their maximum of nudges that local day. */
        DAILY_CAP;

        /** {@code type-off}, {@code quiet-hours}, {@code daily-cap}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public NudgeDecision {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.SUPPRESSED) != (reason != null)) {
            throw new IllegalArgumentException("a suppressed decision, and only it, has a reason");
        }
    }

    public static NudgeDecision suppressed(SuppressionReason reason) {
        return new NudgeDecision(Outcome.SUPPRESSED, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the milestone is published. */
    public boolean sends() {
        return outcome == Outcome.SEND;
    }
}
