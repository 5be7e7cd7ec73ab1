package app.limber.catalog.messaging;

import app.limber.catalog.domain.Prescription;
import app.limber.catalog.domain.Term;
import app.limber.catalog.persistence.Exercise;
import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes {@code limber.exercise.upserted.v1} and {@code limber.exercise.retired.v1} to the outbox, in
 * the caller's transaction; the outbox relay publishes them to {@value #TOPIC} keyed by slug.
 */
@ApplicationScoped
public class ExerciseEvents {

    public static final String TOPIC = "catalog.exercise-events";
    public static final String UPSERTED = "limber.exercise.upserted.v1";
    public static final String RETIRED = "limber.exercise.retired.v1";

    /** The snapshot a reader needs to keep its own copy of an exercise (contracts: exercise.upserted.v1). */
    record Snapshot(String slug, int version, String name, String category, List<String> targetAreas,
                    List<String> equipment, String position, boolean perSide, Prescription prescription) {
    }

    record Upserted(UUID eventId, Instant occurredAt, Snapshot exercise) {
    }

    record Retired(UUID eventId, Instant occurredAt, String slug, int version) {
    }

    private final Outbox outbox;
    private final ObjectMapper json;

    ExerciseEvents(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    public void upserted(Exercise exercise, Instant occurredAt) {
        var content = exercise.content();
        Snapshot snapshot = new Snapshot(exercise.slug(), exercise.version(), content.name(), content.category().slug(),
                content.targetAreas().stream().map(Term::slug).toList(),
                content.equipment().stream().map(Term::slug).toList(),
                content.position().slug(), content.perSide(), content.prescription());
        UUID eventId = UUID.randomUUID();
        append(eventId, exercise.slug(), UPSERTED, occurredAt, new Upserted(eventId, occurredAt, snapshot));
    }

    public void retired(Exercise exercise, Instant occurredAt) {
        UUID eventId = UUID.randomUUID();
        append(eventId, exercise.slug(), RETIRED, occurredAt, new Retired(eventId, occurredAt, exercise.slug(), exercise.version()));
    }

    private void append(UUID eventId, String slug, String type, Instant occurredAt, Object payload) {
        try {
            outbox.append(new OutboxEvent(eventId, TOPIC, slug, type, occurredAt, json.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type + " for " + slug, e);
        }
    }
}
