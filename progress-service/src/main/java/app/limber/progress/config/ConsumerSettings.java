package app.limber.progress.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The live event consumer ({@code limber.consumer.*}); the broker address is {@code kafka.bootstrap.servers}.
 * Named apart from Kafka's own {@code ConsumerConfig}, which the messaging classes use alongside it.
 */
@ConfigMapping(prefix = "limber.consumer")
public interface ConsumerSettings {

    /** Consume at all (off only for tools that need the API without ingestion). */
    @WithDefault("true")
    boolean enabled();

    /** Consumer group of the live consumer; every instance of the service shares it. */
    @WithDefault("progress-service")
    String groupId();

    /** Records per poll, i.e. per database transaction. Larger polls amortise the per-batch statements. */
    @WithDefault("2000")
    int maxPollRecords();

    /**
     * How long the group waits for an instance that stopped heartbeating (a crash, kill -9) before its
     * partitions move on; with Kafka's default of 45 s they went unread that long after every crash.
     */
    @WithDefault("10s")
    Duration sessionTimeout();

    /** How long a poll waits for records. */
    @WithDefault("1s")
    Duration pollTimeout();

    /** First wait before retrying a batch whose transaction failed; doubles up to {@link #maxRetryBackoff()}. */
    @WithDefault("500ms")
    Duration retryBackoff();

    @WithDefault("30s")
    Duration maxRetryBackoff();

    /** Readiness turns DOWN once batches have been failing for this long (a stuck consumer needs a human). */
    @WithDefault("2m")
    Duration stuckAfter();
}
