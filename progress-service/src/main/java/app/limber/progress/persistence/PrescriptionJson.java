package app.limber.progress.persistence;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.limber.progress.domain.SessionPrescription;

/**
 * A session's prescription as stored in {@code session_completed.prescription}: {@code {"rounds":[min,max],
 * "items":[{"position":n,"slug":s,"perSide":b,"sets":[min,max],...}]}}; null when the session carried none.
 */
final class PrescriptionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PrescriptionJson() {
    }

    static String write(SessionPrescription prescription) {
        if (prescription == null) {
            return null;
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.putArray("rounds").add(prescription.roundsMin()).add(prescription.roundsMax());
        ArrayNode items = root.putArray("items");
        for (SessionPrescription.Item item : prescription.items()) {
            ObjectNode entry = items.addObject();
            entry.put("position", item.position());
            entry.put("slug", item.exerciseSlug());
            entry.put("perSide", item.perSide());
            putRange(entry, "sets", item.sets());
            putRange(entry, "reps", item.reps());
            putRange(entry, "holdSeconds", item.holdSeconds());
            putRange(entry, "durationSeconds", item.durationSeconds());
        }
        return root.toString();
    }

    static SessionPrescription read(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            List<SessionPrescription.Item> items = new ArrayList<>();
            for (JsonNode entry : root.get("items")) {
                items.add(new SessionPrescription.Item(entry.get("position").asInt(), entry.get("slug").asText(),
                        entry.get("perSide").asBoolean(), range(entry.get("sets")), range(entry.get("reps")),
                        range(entry.get("holdSeconds")), range(entry.get("durationSeconds"))));
            }
            return new SessionPrescription(root.get("rounds").get(0).asInt(), root.get("rounds").get(1).asInt(), items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored prescription is not JSON", e);
        }
    }

    private static void putRange(ObjectNode entry, String field, SessionPrescription.Range range) {
        if (range != null) {
            entry.putArray(field).add(range.min()).add(range.max());
        }
    }

    private static SessionPrescription.Range range(JsonNode pair) {
        return pair == null ? null : new SessionPrescription.Range(pair.get(0).asInt(), pair.get(1).asInt());
    }
}
