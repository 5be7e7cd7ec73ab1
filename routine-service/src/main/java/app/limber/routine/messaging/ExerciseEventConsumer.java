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
 * the database commit, and the throttled strategy commits only acknowledged offsets. A record that throws
 * is sent to catalog.exercise-events.dlq with the reason in its headers, and consumption goes on.
 */
@ApplicationScoped
public class ExerciseEventConsumer {

    private static final Logger LOG = Logger.getLogger(ExerciseEventConsumer.class);
    /** A database hiccup should not dead-letter a good record: try a few times first. */
    private static final int ATTEMPTS = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final CatalogEventParser parser;
    private final ReadModelUpdater updater;

    ExerciseEventConsumer(CatalogEventParser parser, ReadModelUpdater updater) {
        this.parser = parser;
        this.updater = updater;
    }

    @Incoming("exercise-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        CatalogEvent event;
        try {
            event = parser.parse(record);
        } catch (PoisonRecordException e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
        if (event == null) {
            return;
        }
        applyWithRetries(event);
    }

    private void applyWithRetries(CatalogEvent event) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                updater.apply(event);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("could not apply catalog event %s (attempt %d): %s", event.eventId(), attempt, e.getMessage());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
    }
}
