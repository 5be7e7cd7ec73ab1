package app.limber.progress.domain.milestone;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of milestone progress publishes on {@code progress.milestone-events}, each one CloudEvents type
 * {@code limber.milestone.<slug>.v1}.
 *
 * <ul>
 *   <li><b>Celebrations</b> ({@link #isCelebration()}: week-target-met, streak-reached, comeback) follow from the
 *       facts alone: they are published when they first become true and revoked when a later change makes them
 *       untrue ({@link MilestoneReconciliation}).</li>
 *   <li><b>Nudges</b> ({@link #isNudge()}: week-at-risk, week-missed, inactive) need a clock: they fall due at the
 *       user's nudge hour ({@link DueMilestones}). A nudge is a prompt at a moment, not a record of an achievement,
 *       so it is never revoked.</li>
 *   <li>{@link #REVOKED} withdraws an earlier celebration; it is no milestone of its own.</li>
 * </ul>
 */
public enum MilestoneType {

    WEEK_TARGET_MET,
    WEEK_AT_RISK,
    WEEK_MISSED,
    STREAK_REACHED,
    INACTIVE,
    COMEBACK,
    REVOKED;

    // written into every key text, so computed once
    private final String slug = name().toLowerCase(Locale.ROOT).replace('_', '-');
    private final String eventType = "limber.milestone." + slug + ".v1";

    /** The name in events and keys, e.g. {@code week-target-met}. */
    public String slug() {
        return slug;
    }

    /** The CloudEvents type ({@code ce_type}), e.g. {@code limber.milestone.week-target-met.v1}. */
    public String eventType() {
        return eventType;
    }

    public boolean isCelebration() {
        return this == WEEK_TARGET_MET || this == STREAK_REACHED || this == COMEBACK;
    }

    public boolean isNudge() {
        return this == WEEK_AT_RISK || this == WEEK_MISSED || this == INACTIVE;
    }

    public static MilestoneType fromSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no milestone type " + slug));
    }

    public static MilestoneType fromEventType(String eventType) {
        return Arrays.stream(values()).filter(type -> type.eventType().equals(eventType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no milestone event type " + eventType));
    }
}
