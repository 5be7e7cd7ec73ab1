package app.limber.routine.messaging;

import app.limber.routine.service.ErasureService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * routine's two erasure channels, one record at a time, each in its own transaction: requests (routine erases its
 * part like every service) and confirmations (the request's status). Poison goes to the channel's dead-letter topic;
 * a record that cannot be applied now is retried until it can, since skipping it would leave data or a status
 * behind.
 */
@ApplicationScoped
public class ErasureConsumers {

    private static final Logger LOG = Logger.getLogger(ErasureConsumers.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final ErasureEventParser parser;
    private final ErasureService erasures;

    ErasureConsumers(ErasureEventParser parser, ErasureService erasures) {
        this.parser = parser;
        this.erasures = erasures;
    }

    @Incoming("erasure-requests")
    @Blocking
    public void request(ConsumerRecord<String, String> record) throws InterruptedException {
        ErasureEventParser.Request request = parser.request(record);
        withRetries(request.eventId().toString(), () -> erasures.erase(request.eventId(), request.requestId(), request.userId()));
    }

    @Incoming("erasure-confirmations")
    @Blocking
    public void confirmation(ConsumerRecord<String, String> record) throws InterruptedException {
        ErasureEventParser.Confirmation confirmation = parser.confirmation(record);
        withRetries(confirmation.eventId().toString(), () -> erasures.confirmed(confirmation.eventId(),
                confirmation.requestId(), confirmation.service(), confirmation.occurredAt()));
    }

    private static void withRetries(String eventId, Runnable work) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("could not apply erasure event %s (attempt %d, retrying in %s): %s", eventId, attempt, backoff,
                        e.getClass().getSimpleName());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
