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
}
