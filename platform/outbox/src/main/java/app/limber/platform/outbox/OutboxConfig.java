package app.limber.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "limber.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /catalog-service}. */
    String source();

    /** How often the relay looks for events that no after-commit wake-up has published. */
    @WithDefault("1s")
    Duration sweepInterval();

    /** Most events published in one relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long a batch may wait for the broker's acknowledgements before it is retried later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Readiness reports the outbox as stuck once its oldest pending event is older than this. */
    @WithDefault("2m")
    Duration stuckAfter();

    /**
     * How long a published event stays in the table (for inspection) before the relay deletes it; the topics are
     * the lasting record. Without it the table grows by one row per change, forever.
     */
    @WithDefault("24h")
    Duration retention();

    /** Whether the relay runs at all; off for a node that should only write. */
    @WithDefault("true")
    boolean relayEnabled();
}
