package app.limber.catalog.service;

import app.limber.catalog.domain.ExerciseFilter;
import app.limber.catalog.domain.Slugs;
import app.limber.catalog.persistence.Exercise;
import app.limber.catalog.persistence.ExerciseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Reads of the catalog; they join a transaction if there is one and need none otherwise. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogReader {

    private final ExerciseRepository exercises;

    CatalogReader(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    /** A slug that cannot exist is not looked up (nor can it upset the database, e.g. with a NUL). */
    public Optional<Exercise> find(String slug) {
        return Slugs.isValid(slug) ? exercises.findBySlug(slug) : Optional.empty();
    }

    public ExerciseRepository.Page list(ExerciseFilter filter) {
        return exercises.search(filter);
    }
}
