package app.limber.catalog.service;

import app.limber.catalog.domain.ExerciseContent;
import app.limber.catalog.domain.Slugs;
import app.limber.catalog.messaging.ExerciseEvents;
import app.limber.catalog.persistence.Exercise;
import app.limber.catalog.persistence.ExerciseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.time.Instant;
import java.util.function.IntPredicate;

import static app.limber.catalog.service.CatalogException.Reason.NOT_FOUND;
import static app.limber.catalog.service.CatalogException.Reason.RETIRED;
import static app.limber.catalog.service.CatalogException.Reason.SLUG_TAKEN;
import static app.limber.catalog.service.CatalogException.Reason.STALE_VERSION;

/**
 * Every change to the catalog by an admin: the row and its event are written in one transaction,
 * so an event exists exactly when the change was committed.
 */
@ApplicationScoped
@Transactional
public class CatalogWriter {

    private final ExerciseRepository exercises;
    private final ExerciseEvents events;
    private final Event<CatalogChanged> changed;
    private final Clock clock;

    CatalogWriter(ExerciseRepository exercises, ExerciseEvents events, Event<CatalogChanged> changed) {
        this.exercises = exercises;
        this.events = events;
        this.changed = changed;
        this.clock = Clock.systemUTC();
    }

    public Exercise create(String slug, ExerciseContent content) {
        if (exercises.findBySlug(slug).isPresent()) {
            throw taken(slug);
        }
        Instant now = clock.instant();
        Exercise exercise = Exercise.create(slug, content, 1, now);
        try {
            exercises.persistAndFlush(exercise);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                // another request created the same slug between our check and our insert
                throw taken(slug);
            }
            throw e;
        }
        events.upserted(exercise, now);
        changed.fire(new CatalogChanged(slug));
        return exercise;
    }

    /**
     * Replaces the content if {@code expectedVersion} accepts the current version. Saving the same
     * content again is not a change: no new version, no event.
     */
    public Exercise update(String slug, ExerciseContent content, IntPredicate expectedVersion) {
        Exercise exercise = locked(slug);
        if (!expectedVersion.test(exercise.version())) {
            throw new CatalogException(STALE_VERSION, slug + " is at version " + exercise.version()
                    + "; read it again and apply your change to that version");
        }
        if (exercise.retired()) {
            throw new CatalogException(RETIRED, slug + " is retired and can no longer be edited");
        }
        if (exercise.content().equals(content)) {
            return exercise;
        }
        Instant now = clock.instant();
        exercise.revise(content, now);
        events.upserted(exercise, now);
        changed.fire(new CatalogChanged(slug));
        return exercise;
    }

    /** Retires the exercise; retiring a retired one changes nothing. */
    public Exercise retire(String slug, IntPredicate expectedVersion) {
        Exercise exercise = locked(slug);
        if (!expectedVersion.test(exercise.version())) {
            throw new CatalogException(STALE_VERSION, slug + " is at version " + exercise.version());
        }
        if (exercise.retired()) {
            return exercise;
        }
        Instant now = clock.instant();
        exercise.retire(now);
        events.retired(exercise, now);
        changed.fire(new CatalogChanged(slug));
        return exercise;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    private Exercise locked(String slug) {
        if (!Slugs.isValid(slug)) {
            throw notFound(slug);
        }
        return exercises.findForUpdate(slug).orElseThrow(() -> notFound(slug));
    }

    private static CatalogException notFound(String slug) {
        return new CatalogException(NOT_FOUND, "No exercise " + slug + ".");
    }

    private static CatalogException taken(String slug) {
        return new CatalogException(SLUG_TAKEN, "The slug " + slug
                + " is taken (retired exercises keep theirs); choose another one.");
    }
}
