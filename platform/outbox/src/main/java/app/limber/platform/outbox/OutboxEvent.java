package app.limber.platform.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event waiting to be published: the CloudEvents attributes travel as Kafka headers, the
 * payload as the JSON record value, and {@code eventId} doubles as the consumers' idempotency key.
 */
public record OutboxEvent(UUID eventId, String topic, String key, String type, Instant occurredAt, String payloadJson) {

    public OutboxEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }
}
