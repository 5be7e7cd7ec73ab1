package app.limber.progress.persistence;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.limber.progress.domain.ExerciseFact;

/**
 * A session's exercise entries as stored: {@code [{"areas":[...],"sets":n,"reps":n,"hold":n,"slug":s,"side":s,
 * "done":b,"item":n}]}; rows stored before analytics have no slug, side, done or item, and read as completed entries
 * of an unknown exercise.
 */
final class ExerciseJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExerciseJson() {
    }

    static String write(List<ExerciseFact> exercises) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ExerciseFact exercise : exercises) {
            ObjectNode entry = array.addObject();
            ArrayNode areas = entry.putArray("areas");
            exercise.targetAreas().forEach(areas::add);
            entry.put("sets", exercise.setsDone());
            entry.put("reps", exercise.repsDone());
            entry.put("hold", exercise.holdSeconds());
            if (exercise.exerciseSlug() != null) {
                entry.put("slug", exercise.exerciseSlug());
                entry.put("side", exercise.side());
                entry.put("done", exercise.completed());
            }
            if (exercise.itemPosition() != null) {
                entry.put("item", exercise.itemPosition());
            }
        }
        return array.toString();
    }

    static List<ExerciseFact> read(String json) {
        try {
            List<ExerciseFact> exercises = new ArrayList<>();
            for (JsonNode entry : MAPPER.readTree(json)) {
                List<String> areas = new ArrayList<>();
                entry.get("areas").forEach(area -> areas.add(area.asText()));
                exercises.add(new ExerciseFact(areas, entry.get("sets").asInt(), entry.get("reps").asInt(),
                        entry.get("hold").asInt(), entry.hasNonNull("slug") ? entry.get("slug").asText() : null,
                        entry.hasNonNull("side") ? entry.get("side").asText() : null,
                        !entry.has("done") || entry.get("done").asBoolean(),
                        entry.hasNonNull("item") ? entry.get("item").asInt() : null));
            }
            return exercises;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored exercises are not JSON", e);
        }
    }
}
