package app.limber.routine.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * Reads erasure requests and confirmations as a tolerant reader. A record that breaks its contract is poison; its
 * reason names the field and never the value, since a dead letter's headers are beyond an erasure's reach.
 */
@ApplicationScoped
class ErasureEventParser {

    record Request(UUID eventId, UUID requestId, String userId) {
    }

    record Confirmation(UUID eventId, UUID requestId, String service, Instant occurredAt) {
    }

    private static final Set<String> SERVICES = Set.of("catalog", "routine", "progress");

    private final ObjectMapper mapper;

    ErasureEventParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Request request(ConsumerRecord<String, String> record) {
        JsonNode body = body(record, ErasureEvents.REQUESTED);
        String userId = text(body, "userId");
        if (userId.isEmpty() || userId.length() > 255) {
            throw new PoisonRecordException("$.userId: must be 1 to 255 characters");
        }
        return new Request(uuid(body, "eventId"), uuid(body, "requestId"), userId);
    }

    Confirmation confirmation(ConsumerRecord<String, String> record) {
        JsonNode body = body(record, ErasureEvents.CONFIRMED);
        String service = text(body, "service");
        if (!SERVICES.contains(service)) {
            throw new PoisonRecordException("$.service: must be one of " + SERVICES.stream().sorted().toList());
        }
        Instant occurredAt;
        try {
            occurredAt = Instant.parse(text(body, "occurredAt"));
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException("$.occurredAt: must be an instant");
        }
        return new Confirmation(uuid(body, "eventId"), uuid(body, "requestId"), service, occurredAt);
    }

    private JsonNode body(ConsumerRecord<String, String> record, String type) {
        Header header = record.headers().lastHeader("ce_type");
        String ceType = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        if (!type.equals(ceType)) {
            throw new PoisonRecordException("ce_type must be " + type);
        }
        if (record.value() == null) {
            throw new PoisonRecordException("null value");
        }
        try {
            JsonNode body = mapper.readTree(record.value());
            if (body == null || !body.isObject()) {
                throw new PoisonRecordException("not a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException("not valid JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new PoisonRecordException("$." + field + ": must be a string");
        }
        return value.textValue();
    }

    private static UUID uuid(JsonNode body, String field) {
        try {
            return UUID.fromString(text(body, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException("$." + field + ": must be a UUID");
        }
    }
}
