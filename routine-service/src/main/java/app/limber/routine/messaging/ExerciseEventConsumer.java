package app.limber.routine.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Keeps the catalog read model in step with catalog.exercise-events. Records are handled one at a time,
 * in order, on a worker thread; SmallRye acknowledges a record only after this method returned, i.e. after
 * the database commit, and the throttled strategy commits only acknowledged offsets. A poison record (one
 * that can never be applied) is sent to catalog.exercise-events.dlq with the reason in its headers, and
 * consumption goes on. A good record that cannot be applied now (the database is away) is retried until it
 * can: dead-lettering it would lose it from the read model. Every record it is done with is reported to
 * {@link CatchUpTracker}, by which the service's readiness is judged.
 */
@ApplicationScoped
public class ExerciseEventConsumer {

    private static final Logger LOG = Logger.getLogger(ExerciseEventConsumer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final CatalogEventParser parser;
    private final ReadModelUpdater updater;
    private final CatchUpTracker catchUp;

    ExerciseEventConsumer(CatalogEventParser parser, ReadModelUpdater updater, CatchUpTracker catchUp) {
        this.parser = parser;
        this.updater = updater;
        this.catchUp = catchUp;
    }

    @Incoming("exercise-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        CatalogEvent event;
        try {
            event = parser.parse(record);
        } catch (PoisonRecordException e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            catchUp.handled(record.partition(), record.offset());
            throw e;
        }
        if (event != null) {
            applyWithRetries(event);
        }
        catchUp.handled(record.partition(), record.offset());
    }

    private void applyWithRetries(CatalogEvent event) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                updater.apply(event);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("could not apply catalog event %s (attempt %d, retrying in %s): %s", event.eventId(), attempt,
                        backoff, e.getMessage());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
