package app.limber.progress.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The live consumer's meters. Their names are read outside the service: the ingestion bench waits on
 * {@code limber_progress_events_applied_total}. Registered when the consumer is created, so they show (at zero)
 * before the first batch.
 */
final class ConsumerMeters {

    private final Counter applied;
    private final Counter deadLettered;
    private final Timer batches;

    ConsumerMeters(MeterRegistry registry) {
        this.applied = Counter.builder("limber.progress.events.applied")
                .description("Events that changed statistics (new event ids)").register(registry);
        this.deadLettered = Counter.builder("limber.progress.events.dead-lettered")
                .description("Records sent to a dead-letter topic").register(registry);
        this.batches = Timer.builder("limber.progress.batch").description("One poll applied in one transaction")
                .register(registry);
    }

    Timer.Sample batchStarted() {
        return Timer.start();
    }

    /** A poll's transaction and its offsets are committed. */
    void batchCommitted(Timer.Sample started, PollProcessor.Outcome outcome) {
        started.stop(batches);
        applied.increment(outcome.applied());
        deadLettered.increment(outcome.rejected().size());
    }
}
