package app.limber.catalog.api;

import app.limber.catalog.domain.ExerciseContent;
import app.limber.catalog.domain.Term;
import app.limber.catalog.persistence.Exercise;

import java.util.List;

/** Entities to the representations clients see: vocabulary values as slugs. */
final class ExerciseViews {

    private ExerciseViews() {
    }

    static ExerciseView detail(Exercise exercise) {
        ExerciseContent c = exercise.content();
        return new ExerciseView(exercise.slug(), exercise.version(), c.name(), c.aliases(), c.summary(), c.steps(),
                c.cues(), c.cautions(), c.category().slug(), slugs(c.targetAreas()), slugs(c.equipment()),
                c.position().slug(), c.perSide(), c.prescription(), c.sources(), exercise.retired(), exercise.updatedAt());
    }

    static ExerciseSummary summary(Exercise exercise) {
        ExerciseContent c = exercise.content();
        return new ExerciseSummary(exercise.slug(), exercise.version(), c.name(), c.aliases(), c.summary(),
                c.category().slug(), slugs(c.targetAreas()), slugs(c.equipment()), c.position().slug(), c.perSide(),
                c.prescription(), exercise.retired());
    }

    private static List<String> slugs(List<? extends Term> terms) {
        return terms.stream().map(Term::slug).toList();
    }
}
