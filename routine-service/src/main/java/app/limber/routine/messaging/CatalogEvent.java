package app.limber.routine.messaging;

import app.limber.routine.domain.ExerciseSnapshot;

import java.util.UUID;

/** A catalog event this service understands, as read from catalog.exercise-events. */
sealed interface CatalogEvent {

    UUID eventId();

    String slug();

    long version();

    record Upserted(UUID eventId, ExerciseSnapshot exercise) implements CatalogEvent {
        @Override
        public String slug() {
            return exercise.slug();
        }

        @Override
        public long version() {
            return exercise.version();
        }
    }

    record Retired(UUID eventId, String slug, long version) implements CatalogEvent {
    }
}
