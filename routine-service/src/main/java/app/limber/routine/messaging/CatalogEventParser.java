package app.limber.routine.messaging;

import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.Prescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a catalog.exercise-events record as a tolerant reader: unknown fields are ignored, but a record
 * without what the read model needs (type, eventId, slug, version, a snapshot's name) is poison.
 */
@ApplicationScoped
class CatalogEventParser {

    static final String UPSERTED = "limber.exercise.upserted.v1";
    static final String RETIRED = "limber.exercise.retired.v1";

    private final ObjectMapper mapper;

    CatalogEventParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The event, or null for a compaction tombstone (a record without value), which carries nothing to apply. */
    CatalogEvent parse(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return null;
        }
        String type = header(record, "ce_type");
        if (type == null) {
            throw new PoisonRecordException("missing ce_type header");
        }
        if (!UPSERTED.equals(type) && !RETIRED.equals(type)) {
            throw new PoisonRecordException("unknown event type " + type);
        }
        JsonNode body = readJson(record.value());
        UUID eventId = eventId(body);
        return UPSERTED.equals(type) ? upserted(eventId, body.path("exercise")) : retired(eventId, body);
    }

    private CatalogEvent upserted(UUID eventId, JsonNode exercise) {
        if (!exercise.isObject()) {
            throw new PoisonRecordException("upserted event without exercise");
        }
        String slug = requiredText(exercise, "slug", "exercise.slug");
        long version = requiredVersion(exercise, "exercise.version");
        String name = requiredText(exercise, "name", "exercise.name");
        Prescription prescription;
        try {
            prescription = exercise.hasNonNull("prescription")
                    ? mapper.treeToValue(exercise.get("prescription"), Prescription.class) : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonRecordException("exercise.prescription is malformed", e);
        }
        String category = requiredText(exercise, "category", "exercise.category");
        List<String> targetAreas = texts(exercise.path("targetAreas"));
        if (targetAreas.isEmpty()) {
            // sessions pass them on to progress-service, whose contract needs at least one
            throw new PoisonRecordException("missing exercise.targetAreas");
        }
        return new CatalogEvent.Upserted(eventId, new ExerciseSnapshot(slug, version, name,
                category, targetAreas,
                texts(exercise.path("equipment")), exercise.path("position").asText(null),
                exercise.path("perSide").asBoolean(false), prescription, false));
    }

    private CatalogEvent retired(UUID eventId, JsonNode body) {
        return new CatalogEvent.Retired(eventId, requiredText(body, "slug", "slug"), requiredVersion(body, "version"));
    }

    private JsonNode readJson(String value) {
        try {
            JsonNode node = mapper.readTree(value);
            if (node == null || !node.isObject()) {
                throw new PoisonRecordException("value is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException("value is not valid JSON", e);
        }
    }

    private static UUID eventId(JsonNode body) {
        String text = body.path("eventId").asText(null);
        if (text == null || text.isBlank()) {
            throw new PoisonRecordException("missing eventId");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException("eventId is not a UUID: " + text);
        }
    }

    private static String requiredText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonRecordException("missing " + path);
        }
        return value.asText();
    }

    private static long requiredVersion(JsonNode node, String path) {
        JsonNode value = node.get("version");
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new PoisonRecordException("missing or negative " + path);
        }
        return value.asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> {
            if (n.isTextual()) {
                texts.add(n.asText());
            }
        });
        return texts;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
