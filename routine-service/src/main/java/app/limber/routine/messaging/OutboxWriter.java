package app.limber.routine.messaging;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import app.limber.platform.privacy.SealedEvent;
import app.limber.platform.privacy.SealedMention;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Appends one of routine's payloads, as JSON, to the outbox in the caller's transaction. */
@ApplicationScoped
class OutboxWriter {

    /** Fields that name another user than the one an event is about: a coach. */
    static final List<String> MENTIONS = List.of("coachId", "assignedBy", "pausedBy");

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final UserKeys keys;
    private final boolean seal;

    OutboxWriter(Outbox outbox, ObjectMapper mapper, UserKeys keys,
                 @ConfigProperty(name = "limber.privacy.seal-events", defaultValue = "true") boolean seal) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.keys = keys;
        this.seal = seal;
    }

    /** A payload that names no one, or that a short-lived topic carries in clear (erasure requests). */
    void append(String topic, String key, String type, UUID eventId, Instant occurredAt, Object payload) {
        outbox.append(new OutboxEvent(eventId, topic, key, type, occurredAt, json(payload, type)));
    }

    /**
     * A payload about {@code userId}, for a topic kept forever: sealed with the user's data key and keyed by their
     * alias, so that it is noise once their key is destroyed; a coach it names is sealed inside with the coach's key.
     * Plain and keyed by the user id only when {@code limber.privacy.seal-events} is off (a measurement of what
     * sealing costs).
     */
    void appendSealed(String topic, String userId, String type, UUID eventId, Instant occurredAt, Object payload) {
        if (!seal) {
            outbox.append(new OutboxEvent(eventId, topic, userId, type, occurredAt, json(payload, type)));
            return;
        }
        UserKeys.UserKey key = keys.forUser(userId);
        String json = json(withSealedMentions(mapper.valueToTree(payload), userId, eventId), type);
        outbox.append(new OutboxEvent(eventId, topic, key.alias(), type, occurredAt,
                SealedEvent.seal(key.key(), key.alias(), eventId.toString(), type, json)));
    }

    /** Each coach the payload names is sealed again with the coach's own key, so that erasing them shreds it. */
    private ObjectNode withSealedMentions(ObjectNode payload, String userId, UUID eventId) {
        for (String field : MENTIONS) {
            JsonNode mentioned = payload.get(field);
            if (mentioned != null && mentioned.isTextual() && !mentioned.asText().equals(userId)) {
                UserKeys.UserKey key = keys.forUser(mentioned.asText());
                payload.put(field, SealedMention.seal(key.key(), key.alias(), eventId.toString(), field,
                        mentioned.asText()));
            }
        }
        return payload;
    }

    private String json(Object payload, String type) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + type, e);
        }
    }
}
