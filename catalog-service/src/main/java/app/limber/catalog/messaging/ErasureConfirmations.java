package app.limber.catalog.messaging;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * catalog's part of an erasure: it holds nothing about any person (exercises belong to no one, edits are not
 * attributed), so it confirms every request, once per event, through its outbox. The request's user id is read by
 * no one here and stored nowhere. A record that breaks its contract goes to the dead-letter topic with a reason
 * that names the field, never the value.
 */
@ApplicationScoped
public class ErasureConfirmations {

    public static final String REQUEST_TOPIC = "privacy.erasure-requests";
    public static final String CONFIRMATION_TOPIC = "privacy.erasure-confirmations";
    public static final String REQUESTED = "limber.erasure.requested.v1";
    public static final String CONFIRMED = "limber.erasure.confirmed.v1";

    private final Outbox outbox;
    private final ObjectMapper json;
    private final EntityManager em;

    ErasureConfirmations(Outbox outbox, ObjectMapper json, EntityManager em) {
        this.outbox = outbox;
        this.json = json;
        this.em = em;
    }

    @Incoming("erasure-requests")
    @Blocking
    @Transactional
    public void confirm(ConsumerRecord<String, String> record) {
        JsonNode body = body(record);
        UUID eventId = uuid(body, "eventId");
        UUID requestId = uuid(body, "requestId");
        int first = em.createNativeQuery("insert into processed_event (event_id) values (?1) on conflict do nothing")
                .setParameter(1, eventId).executeUpdate();
        if (first == 0) {
            return;
        }
        UUID confirmationId = UUID.randomUUID();
        Instant now = Instant.now();
        ObjectNode payload = json.createObjectNode();
        payload.put("eventId", confirmationId.toString());
        payload.put("occurredAt", now.toString());
        payload.put("requestId", requestId.toString());
        payload.put("service", "catalog");
        outbox.append(new OutboxEvent(confirmationId, CONFIRMATION_TOPIC, requestId.toString(), CONFIRMED, now,
                payload.toString()));
    }

    private JsonNode body(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !REQUESTED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("ce_type must be " + REQUESTED);
        }
        if (record.value() == null) {
            throw new IllegalArgumentException("null value");
        }
        try {
            JsonNode body = json.readTree(record.value());
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("$: must be an object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
    }

    private static UUID uuid(JsonNode body, String field) {
        JsonNode value = body.get(field);
        try {
            if (value == null || !value.isTextual()) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("$." + field + ": must be a UUID");
        }
    }
}
