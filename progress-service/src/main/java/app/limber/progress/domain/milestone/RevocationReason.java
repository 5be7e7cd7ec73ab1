package app.limber.progress.domain.milestone;

import java.util.Locale;

/**
 * Why a celebration stopped being true, as the {@code reason} of {@code limber.milestone.revoked.v1}.
 *
 * <ul>
 *   <li>{@code session-deleted}: a deleted session took away what the milestone counted (a met week no longer met,
 *       a streak that never reached its length);</li>
 *   <li>{@code late-session}: a session logged late fell inside a spell and so undid a comeback;</li>
 *   <li>{@code plan-changed}: a plan scheduled, ended, paused or resumed changed which weeks count and what they ask for (a week no
 *       longer in the plan, a session no longer attributed to it, a week with a target splitting a weekly run).</li>
 * </ul>
 */
public enum RevocationReason {

    SESSION_DELETED,
    LATE_SESSION,
    PLAN_CHANGED;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The reason for revocations caused by one batch of a user's changes. A batch may hold several kinds of change;
     * the reason names the first kind present in this order, the one most able to take a milestone away: a deletion,
     * then a plan change, else the late sessions.
     */
    public static RevocationReason forChanges(boolean sessionsDeleted, boolean plansChanged) {
        if (sessionsDeleted) {
            return SESSION_DELETED;
        }
        return plansChanged ? PLAN_CHANGED : LATE_SESSION;
    }
}
