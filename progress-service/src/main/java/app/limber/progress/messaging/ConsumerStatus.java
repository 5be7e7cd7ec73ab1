package app.limber.progress.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** What the readiness check and metrics need to know about the live consumer loop. */
public final class ConsumerStatus {

    private final Clock clock;
    private volatile boolean running;
    private volatile Instant failingSince;
    private volatile String lastError;

    public ConsumerStatus(Clock clock) {
        this.clock = clock;
    }

    void started() {
        running = true;
        failingSince = null;
    }

    void stopped() {
        running = false;
    }

    void succeeded() {
        failingSince = null;
        lastError = null;
    }

    void failed(Exception error) {
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        lastError = error.toString();
    }

    public boolean running() {
        return running;
    }

    /** Batches have been failing without a success for at least {@code stuckAfter}. */
    public boolean stuck(Duration stuckAfter) {
        Instant since = failingSince;
        return since != null && !clock.instant().isBefore(since.plus(stuckAfter));
    }

    public String lastError() {
        return lastError;
    }
}
