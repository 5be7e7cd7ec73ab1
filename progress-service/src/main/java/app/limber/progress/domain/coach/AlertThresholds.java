package app.limber.progress.domain.coach;

/**
 * The numbers the alert rules ({@link AlertRules}) compare with; every one is configurable
 * ({@code limber.coach-alerts.*}), the defaults are {@link #DEFAULTS}.
 *
 * @param silenceLowAfterDays       silence is low once the spell is longer than this many days (3)
 * @param silenceHighAfterDays      and high once it is longer than this many (7)
 * @param missedWeeksInARow         consecutive closed plan-weeks under the share below that make an alert (2)
 * @param missedWeekShare           a plan-week is missed under this share of its (prorated) target (0.5)
 * @param discomfortCritical        a session with at least this discomfort is critical (7)
 * @param discomfortRise            a session this much above the mean of the athlete's previous sessions is high (2)
 * @param discomfortBaseline        how many previous sessions that reported discomfort make that mean (3)
 * @param discomfortRecentDays      only sessions of the athlete's last this many days raise a discomfort alert (7)
 * @param strainRise                mean effort of the latest sessions this much above the sessions before is strain (2)
 * @param strainSessions            how many sessions each of those two means takes (3)
 */
public record AlertThresholds(int silenceLowAfterDays, int silenceHighAfterDays, int missedWeeksInARow,
                              double missedWeekShare, int discomfortCritical, double discomfortRise,
                              int discomfortBaseline, int discomfortRecentDays, double strainRise, int strainSessions) {

    public static final AlertThresholds DEFAULTS = new AlertThresholds(3, 7, 2, 0.5, 7, 2.0, 3, 7, 2.0, 3);

    public AlertThresholds {
        if (silenceLowAfterDays < 1 || silenceHighAfterDays <= silenceLowAfterDays) {
            throw new IllegalArgumentException("silence thresholds must be 1 <= low < high");
        }
        if (missedWeeksInARow < 1 || missedWeekShare <= 0 || missedWeekShare > 1) {
            throw new IllegalArgumentException("missed weeks need a run of at least 1 and a share in (0, 1]");
        }
        if (discomfortCritical < 0 || discomfortCritical > 10 || discomfortBaseline < 1 || discomfortRecentDays < 1
                || discomfortRise <= 0) {
            throw new IllegalArgumentException("discomfort thresholds out of range");
        }
        if (strainSessions < 1 || strainRise <= 0) {
            throw new IllegalArgumentException("strain thresholds out of range");
        }
    }
}
