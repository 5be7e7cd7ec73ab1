package app.limber.routine.support;

import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.Prescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The catalog's seed exercises (catalog-service/src/main/resources/seed/exercises.yaml), read the way the
 * catalog publishes them: as domain exercises for unit tests and as limber.exercise.upserted.v1 payloads.
 * The routine service never reads this file; its tests do, so that they exercise the real content.
 */
public final class SeedCatalog {

    public static final Path FILE = Path.of("../catalog-service/src/main/resources/seed/exercises.yaml");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static List<JsonNode> entries;

    private SeedCatalog() {
    }

    private static synchronized List<JsonNode> entries() {
        if (entries == null) {
            try {
                JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
                List<JsonNode> list = new ArrayList<>();
                root.path("exercises").forEach(list::add);
                entries = List.copyOf(list);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
            }
        }
        return entries;
    }

    public static List<String> slugs() {
        return entries().stream().map(e -> e.path("slug").asText()).toList();
    }

    public static List<ExerciseSnapshot> exercises() {
        return entries().stream().map(SeedCatalog::exercise).toList();
    }

    public static ExerciseSnapshot exercise(String slug) {
        return exercises().stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
    }

    /** The snapshot as limber.exercise.upserted.v1 carries it; the event id is derived from slug and version. */
    public static String upsertedPayload(String slug) {
        JsonNode entry = entries().stream().filter(e -> e.path("slug").asText().equals(slug)).findFirst().orElseThrow();
        ObjectNode exercise = JSON.createObjectNode();
        for (String field : List.of("slug", "version", "name", "category", "targetAreas", "equipment", "position",
                "perSide", "prescription")) {
            exercise.set(field, entry.get(field));
        }
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.nameUUIDFromBytes((slug + "@" + entry.path("version").asLong())
                .getBytes(StandardCharsets.UTF_8)).toString());
        event.put("occurredAt", "2026-11-01T08:00:00Z");
        event.set("exercise", exercise);
        return event.toString();
    }

    private static ExerciseSnapshot exercise(JsonNode e) {
        try {
            List<String> targets = new ArrayList<>();
            e.path("targetAreas").forEach(t -> targets.add(t.asText()));
            List<String> equipment = new ArrayList<>();
            e.path("equipment").forEach(t -> equipment.add(t.asText()));
            return new ExerciseSnapshot(e.path("slug").asText(), e.path("version").asLong(), e.path("name").asText(),
                    e.path("category").asText(), targets, equipment, e.path("position").asText(),
                    e.path("perSide").asBoolean(), JSON.treeToValue(e.path("prescription"), Prescription.class), false);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
