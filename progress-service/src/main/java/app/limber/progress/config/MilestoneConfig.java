package app.limber.progress.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import app.limber.progress.domain.milestone.MilestoneSettings;
import app.limber.progress.domain.milestone.PublishWindow;

/** Milestones on {@code progress.milestone-events} ({@code limber.milestones.*}). */
@ConfigMapping(prefix = "limber.milestones")
public interface MilestoneConfig {

    /**
     * Record and publish celebrations after every batch. Off, batches only update the statistics (for comparing
     * ingestion with and without them); what a batch changed meanwhile is reconciled with the user's next batch.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * A celebration whose local day lies further back than this from the user's today is recorded (and in the feed)
     * but not published; whole days.
     */
    @WithDefault("7d")
    Duration publishWindow();

    /** A session this many days or more after the one before it is a comeback (and as long makes a user inactive). */
    @WithDefault("7")
    int inactiveAfterDays();

    /** At-risk weeks: the sessions still needed are at least the days left minus this many. */
    @WithDefault("1")
    int spareDays();

    default MilestoneSettings settings() {
        return new MilestoneSettings(inactiveAfterDays(), spareDays());
    }

    default PublishWindow window() {
        return new PublishWindow(Math.toIntExact(publishWindow().toDays()));
    }
}
