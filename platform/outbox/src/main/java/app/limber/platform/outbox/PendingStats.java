package app.limber.platform.outbox;

import java.time.Duration;

/** How much is waiting to be published and for how long the oldest has waited. */
public record PendingStats(long count, Duration oldestAge) {

    static final PendingStats NONE = new PendingStats(0, Duration.ZERO);
}
