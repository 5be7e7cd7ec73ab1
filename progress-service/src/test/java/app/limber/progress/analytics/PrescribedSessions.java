package app.limber.progress.analytics;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.limber.progress.TestEvents;
import app.limber.testing.contracts.EventContracts;

/**
 * Sessions of one routine that carry its prescription (as routine publishes them), or not (as it did before):
 * 1 leg-swings per side 1 × 10-15; 2 clamshells per side 2-3 × 10-15; 3 glute-bridge 2-3 × 10-12 holding 3-5 s.
 */
public final class PrescribedSessions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One logged entry: exercise, side, sets, reps, hold, completed, and its item (null for none). */
    public record Entry(String slug, String side, int sets, int reps, int hold, boolean completed, Integer item) {
    }

    private PrescribedSessions() {
    }

    public static String session(String user, UUID session, UUID routine, Instant completedAt, boolean prescribed, int effort,
                          Integer discomfort, Entry... entries) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(TestEvents.sessionCompleted(user, session, routine, null,
                    completedAt, "Europe/Berlin", effort, discomfort));
            ArrayNode exercises = event.putArray("exercises");
            for (Entry entry : entries) {
                ObjectNode exercise = exercises.addObject();
                exercise.put("exerciseSlug", entry.slug());
                exercise.putArray("targetAreas").add("glutes").add("hips");
                exercise.put("side", entry.side());
                exercise.put("setsDone", entry.sets());
                exercise.put("repsDone", entry.reps());
                exercise.put("holdSeconds", entry.hold());
                exercise.put("completed", entry.completed());
                if (entry.item() != null) {
                    exercise.put("itemPosition", entry.item());
                }
            }
            if (prescribed) {
                ObjectNode prescription = event.putObject("prescription");
                prescription.putObject("rounds").put("min", 1).put("max", 1);
                ArrayNode items = prescription.putArray("items");
                ObjectNode legSwings = item(items, 1, "leg-swings", true);
                legSwings.set("sets", range(1, 1));
                legSwings.set("reps", range(10, 15));
                ObjectNode clamshells = item(items, 2, "clamshells", true);
                clamshells.set("sets", range(2, 3));
                clamshells.set("reps", range(10, 15));
                ObjectNode bridge = item(items, 3, "glute-bridge", false);
                bridge.set("sets", range(2, 3));
                bridge.set("reps", range(10, 12));
                bridge.set("holdSeconds", range(3, 5));
            }
            String json = event.toString();
            EventContracts.assertValid(TestEvents.SESSION_COMPLETED, json);
            return json;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode item(ArrayNode items, int position, String slug, boolean perSide) {
        return items.addObject().put("position", position).put("exerciseSlug", slug).put("perSide", perSide);
    }

    private static ObjectNode range(int min, int max) {
        return JSON.createObjectNode().put("min", min).put("max", max);
    }
}
