package app.limber.progress.domain.milestone;

import java.time.DateTimeException;
import java.util.Objects;
import java.util.UUID;

/**
 * What makes a milestone "the same fact": its user, type, plan (for plan-week milestones; none otherwise) and
 * period ({@link MilestonePeriod}). A key can become true more than once (true, revoked, true again); each time is
 * an occurrence with its own id ({@link #id(int)}).
 *
 * <p>Store it as {@code (userId, text())}: {@link #text()} is unique per user and stable across releases.
 *
 * <p>A value class rather than a record only so that it can hold its text: reconciliation sorts and groups keys by
 * it, thousands of times per batch. Equal keys have equal components.
 */
public final class MilestoneKey {

    private static final String NO_PLAN = "-";

    private final String userId;
    private final MilestoneType type;
    private final UUID planId;
    private final MilestonePeriod period;
    private final String text;

    /** @param planId the plan of a plan-week milestone (week-target-met, week-at-risk, week-missed); null otherwise */
    public MilestoneKey(String userId, MilestoneType type, UUID planId, MilestonePeriod period) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        if (userId.isEmpty()) {
            throw new IllegalArgumentException("userId is empty");
        }
        if (!fits(type, period)) {
            throw new IllegalArgumentException(type.slug() + " has no period like " + period);
        }
        boolean planWeek = type == MilestoneType.WEEK_TARGET_MET || type == MilestoneType.WEEK_AT_RISK
                || type == MilestoneType.WEEK_MISSED;
        if (planWeek != (planId != null)) {
            throw new IllegalArgumentException(type.slug() + (planWeek ? " needs a plan" : " belongs to no plan"));
        }
        this.userId = userId;
        this.type = type;
        this.planId = planId;
        this.period = period;
        this.text = type.slug() + "|" + (planId == null ? NO_PLAN : planId.toString()) + "|" + period.text();
    }

    public String userId() {
        return userId;
    }

    public MilestoneType type() {
        return type;
    }

    /** The plan of a plan-week milestone; null otherwise. */
    public UUID planId() {
        return planId;
    }

    public MilestonePeriod period() {
        return period;
    }

    /** {@code <type slug>|<plan id or ->|<period text>}, e.g. {@code week-target-met|5b7d2e91-…|2026-W48}. */
    public String text() {
        return text;
    }

    /**
     * Reads a key stored as {@code (userId, text())} back.
     *
     * @throws IllegalArgumentException when {@code text} is not a key's written form
     */
    public static MilestoneKey parse(String userId, String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a milestone key (type|plan|period): " + text);
        }
        MilestoneType type = MilestoneType.fromSlug(parts[0]);
        UUID planId = NO_PLAN.equals(parts[1]) ? null : UUID.fromString(parts[1]);
        MilestonePeriod period;
        try {
            period = MilestonePeriod.parse(type, parts[2]);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a milestone key: " + text, e);
        }
        MilestoneKey key = new MilestoneKey(userId, type, planId, period);
        if (!key.text().equals(text)) {
            throw new IllegalArgumentException("not a milestone key in its written form: " + text);
        }
        return key;
    }

    /** The id of the {@code occurrence}-th time this key became true (1 for the first). */
    public UUID id(int occurrence) {
        return MilestoneIds.milestone(this, occurrence);
    }

    private static boolean fits(MilestoneType type, MilestonePeriod period) {
        return switch (type) {
            case WEEK_TARGET_MET, WEEK_MISSED -> period instanceof MilestonePeriod.Week;
            case WEEK_AT_RISK -> period instanceof MilestonePeriod.Day;
            case STREAK_REACHED -> period instanceof MilestonePeriod.Run;
            case COMEBACK -> period instanceof MilestonePeriod.Spell;
            case INACTIVE -> period instanceof MilestonePeriod.Since;
            case REVOKED -> false;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MilestoneKey key && userId.equals(key.userId) && type == key.type
                && Objects.equals(planId, key.planId) && period.equals(key.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, type, planId, period);
    }

    @Override
    public String toString() {
        return userId + "|" + text;
    }
}
