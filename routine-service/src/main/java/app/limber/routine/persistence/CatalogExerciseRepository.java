package app.limber.routine.persistence;

import app.limber.routine.domain.ExerciseSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.util.List;

/** The read-model table; requests read it through {@link InMemoryCatalog}, the consumer writes it here. */
@ApplicationScoped
public class CatalogExerciseRepository implements PanacheRepositoryBase<CatalogExercise, String> {

    /** Every row, read-only: the caller's transaction must not dirty-check them at commit. */
    List<ExerciseSnapshot> loadAll() {
        return getEntityManager().createQuery("from CatalogExercise", CatalogExercise.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().map(CatalogExercise::toSnapshot).toList();
    }
}
