package app.limber.routine.messaging;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Appends one of routine's payloads, as JSON, to the outbox in the caller's transaction. */
@ApplicationScoped
class OutboxWriter {

    private final Outbox outbox;
    private final ObjectMapper mapper;

    OutboxWriter(Outbox outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    void append(String topic, String key, String type, UUID eventId, Instant occurredAt, Object payload) {
        try {
            outbox.append(new OutboxEvent(eventId, topic, key, type, occurredAt, mapper.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + type, e);
        }
    }
}
