package app.limber.routine.persistence;

import app.limber.routine.domain.CatalogExercise;
import app.limber.routine.domain.Exercise;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CatalogExerciseRepository implements PanacheRepositoryBase<CatalogExercise, String> {

    /** What the read model knows of these slugs; unknown slugs are simply missing from the map. */
    public Map<String, Exercise> bySlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return list("slug in ?1", slugs).stream().map(CatalogExercise::toExercise)
                .collect(Collectors.toMap(Exercise::slug, Function.identity()));
    }

    public List<Exercise> allCurrent() {
        return list("retired = false order by slug").stream().map(CatalogExercise::toExercise).toList();
    }
}
