package app.limber.routine.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Erasure requests and routine's confirmations, to the outbox in the caller's transaction, keyed by request id: a
 * request names its user only on privacy.erasure-requests (kept 7 days), a confirmation names no one.
 */
@ApplicationScoped
public class ErasureEvents {

    public static final String REQUEST_TOPIC = "privacy.erasure-requests";
    public static final String CONFIRMATION_TOPIC = "privacy.erasure-confirmations";
    public static final String REQUESTED = "limber.erasure.requested.v1";
    public static final String CONFIRMED = "limber.erasure.confirmed.v1";
    public static final String SERVICE = "routine";
    /** Where each event type goes. */
    static final Map<String, String> TOPICS = Map.of(REQUESTED, REQUEST_TOPIC, CONFIRMED, CONFIRMATION_TOPIC);

    /** The payload of limber.erasure.requested.v1. */
    public record Requested(UUID eventId, Instant occurredAt, UUID requestId, String userId, String requestedBy) {
    }

    /** The payload of limber.erasure.confirmed.v1. */
    public record Confirmed(UUID eventId, Instant occurredAt, UUID requestId, String service) {
    }

    private final OutboxWriter writer;

    ErasureEvents(OutboxWriter writer) {
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(UUID requestId, String userId, String requestedBy, Instant now) {
        UUID eventId = UUID.randomUUID();
        writer.append(REQUEST_TOPIC, requestId.toString(), REQUESTED, eventId, now,
                new Requested(eventId, now, requestId, userId, requestedBy));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(UUID requestId, Instant now) {
        UUID eventId = UUID.randomUUID();
        writer.append(CONFIRMATION_TOPIC, requestId.toString(), CONFIRMED, eventId, now,
                new Confirmed(eventId, now, requestId, SERVICE));
    }
}
