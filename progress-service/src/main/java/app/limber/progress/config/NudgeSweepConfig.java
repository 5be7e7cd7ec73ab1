package app.limber.progress.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The nudge sweep ({@code limber.nudges.*}). */
@ConfigMapping(prefix = "limber.nudges")
public interface NudgeSweepConfig {

    /**
     * How often the sweep looks for due nudges; zero switches the timer off (tests sweep at instants of their
     * choosing). A nudge falls due on the hour, so a minute's delay is the most a user sees.
     */
    @WithDefault("1m")
    Duration sweepEvery();

    /**
     * Users one transaction of a sweep claims and locks: larger claims cost fewer round trips, and hold their users'
     * locks (which a batch of events on them waits for) longer.
     */
    @WithDefault("200")
    int sweepClaim();

    /**
     * Claims one sweep works on at once. A claim's statements alternate between the service and PostgreSQL, so one
     * worker keeps about one core busy; two let a zone-hour's sweep use both of a small machine's cores.
     */
    @WithDefault("2")
    int sweepWorkers();
}
