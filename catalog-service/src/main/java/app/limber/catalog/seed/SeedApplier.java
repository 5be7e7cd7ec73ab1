package app.limber.catalog.seed;

import app.limber.catalog.domain.ExerciseContent;
import app.limber.catalog.domain.ExerciseValidator;
import app.limber.catalog.domain.InvalidExerciseException;
import app.limber.catalog.domain.Slugs;
import app.limber.catalog.messaging.ExerciseEvents;
import app.limber.catalog.persistence.Exercise;
import app.limber.catalog.persistence.ExerciseRepository;
import app.limber.catalog.service.CatalogChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies seed entries, all in one transaction. The rule, per slug:
 * <ul>
 * <li>unknown slug: created at the entry's {@code version}, one upserted event;</li>
 * <li>entry unchanged since it was last applied (same hash): nothing, even if an admin has edited
 * the exercise since, so that restarts never undo an admin's edit;</li>
 * <li>entry changed: its content replaces the stored one at the stored version + 1, one upserted
 * event (if the content turns out equal, only the hash is recorded);</li>
 * <li>exercise retired: left alone; the seed does not bring an exercise back.</li>
 * </ul>
 * So an unchanged seed changes nothing and emits nothing, however often it is loaded.
 */
@ApplicationScoped
public class SeedApplier {

    /** What a load did. */
    public record Outcome(int created, int updated, int unchanged, int retiredSkipped) {
        public int changes() {
            return created + updated;
        }
    }

    private final ExerciseRepository exercises;
    private final ExerciseEvents events;
    private final Event<CatalogChanged> changed;

    SeedApplier(ExerciseRepository exercises, ExerciseEvents events, Event<CatalogChanged> changed) {
        this.exercises = exercises;
        this.events = events;
        this.changed = changed;
    }

    @Transactional
    public Outcome apply(List<SeedEntry> entries) {
        // instances starting together take turns, so that only one of them creates each exercise
        exercises.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('limber-catalog-seed'))) held")
                .getSingleResult();
        Instant now = Instant.now();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int retired = 0;
        for (SeedEntry entry : entries) {
            ExerciseContent content = validated(entry);
            Optional<Exercise> stored = exercises.findForUpdate(entry.slug());
            if (stored.isEmpty()) {
                Exercise exercise = Exercise.create(entry.slug(), content, entry.version(), now);
                exercise.seedHash(entry.hash());
                exercises.persist(exercise);
                events.upserted(exercise, now);
                changed.fire(new CatalogChanged(entry.slug()));
                created++;
            } else if (entry.hash().equals(stored.get().seedHash())) {
                unchanged++;
            } else if (stored.get().retired()) {
                retired++;
            } else {
                Exercise exercise = stored.get();
                exercise.seedHash(entry.hash());
                if (exercise.content().equals(content)) {
                    unchanged++;
                } else {
                    exercise.revise(content, now);
                    events.upserted(exercise, now);
                    changed.fire(new CatalogChanged(entry.slug()));
                    updated++;
                }
            }
        }
        return new Outcome(created, updated, unchanged, retired);
    }

    private static ExerciseContent validated(SeedEntry entry) {
        Optional<String> slugProblem = Slugs.problem(entry.slug());
        if (slugProblem.isPresent()) {
            throw new IllegalArgumentException("seed entry slug '" + entry.slug() + "' " + slugProblem.get());
        }
        try {
            return ExerciseValidator.validate(entry.input());
        } catch (InvalidExerciseException e) {
            throw new IllegalArgumentException("seed entry " + entry.slug() + " is invalid: " + e.getMessage(), e);
        }
    }
}
