package app.limber.progress.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import app.limber.progress.domain.coach.AlertThresholds;

/**
 * Coach alerts on {@code progress.coach-alerts} ({@code limber.coach-alerts.*}); the rules are
 * {@link app.limber.progress.domain.coach.AlertRules}, the defaults those of the issue.
 */
@ConfigMapping(prefix = "limber.coach-alerts")
public interface CoachAlertConfig {

    /** Evaluate, record and publish alerts after every batch and in the sweep. */
    @WithDefault("true")
    boolean enabled();

    /** How often the sweep looks at each coached athlete again, for what time alone brings (silence, a closed week). */
    @WithDefault("1h")
    Duration reviewEvery();

    /** Silence is low once the athlete has not trained for more than this many days. */
    @WithDefault("3")
    int silenceLowAfterDays();

    /** And high once for more than this many. */
    @WithDefault("7")
    int silenceHighAfterDays();

    /** Consecutive closed plan-weeks under {@link #missedWeekShare()} of their target that open an alert. */
    @WithDefault("2")
    int missedWeeksInARow();

    /** A plan-week under this share of its (prorated) target is missed. */
    @WithDefault("0.5")
    double missedWeekShare();

    /** A session with at least this discomfort (0..10) opens a critical alert. */
    @WithDefault("7")
    int discomfortCritical();

    /** A session this far above the mean discomfort of the athlete's previous sessions opens a high alert. */
    @WithDefault("2")
    double discomfortRise();

    /** How many previous sessions (that reported discomfort) make that mean. */
    @WithDefault("3")
    int discomfortBaseline();

    /** Only sessions of the athlete's last this many local days raise discomfort alerts. */
    @WithDefault("7")
    int discomfortRecentDays();

    /** Mean effort of the latest sessions this far above the sessions before them, with adherence falling, is strain. */
    @WithDefault("2")
    double strainRise();

    /** How many sessions each of those two means takes. */
    @WithDefault("3")
    int strainSessions();

    default AlertThresholds thresholds() {
        return new AlertThresholds(silenceLowAfterDays(), silenceHighAfterDays(), missedWeeksInARow(), missedWeekShare(),
                discomfortCritical(), discomfortRise(), discomfortBaseline(), discomfortRecentDays(), strainRise(),
                strainSessions());
    }
}
