package app.limber.progress.domain.milestone;

/**
 * Service-wide thresholds of the milestone rules (the user's own say is {@link NudgePreferences}).
 *
 * @param inactiveAfterDays N: an athlete with an active plan is inactive once N days have passed since their last
 *                          session (today − last session day ≥ N), and a session N or more days after the one before
 *                          it is a comeback; 2..90, default 7
 * @param spareDays         a week is at risk when the sessions still needed are at least the days left (today
 *                          included) minus this many; 0..6, default 1
 */
public record MilestoneSettings(int inactiveAfterDays, int spareDays) {

    public static final int MIN_INACTIVE_AFTER_DAYS = 2;
    public static final int MAX_INACTIVE_AFTER_DAYS = 90;
    public static final int MAX_SPARE_DAYS = 6;
    public static final MilestoneSettings DEFAULTS = new MilestoneSettings(7, 1);

    public MilestoneSettings {
        if (inactiveAfterDays < MIN_INACTIVE_AFTER_DAYS || inactiveAfterDays > MAX_INACTIVE_AFTER_DAYS) {
            throw new IllegalArgumentException("inactiveAfterDays must be " + MIN_INACTIVE_AFTER_DAYS + ".."
                    + MAX_INACTIVE_AFTER_DAYS + ", was " + inactiveAfterDays);
        }
        if (spareDays < 0 || spareDays > MAX_SPARE_DAYS) {
            throw new IllegalArgumentException("spareDays must be 0.." + MAX_SPARE_DAYS + ", was " + spareDays);
        }
    }
}
