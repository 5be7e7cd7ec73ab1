package app.limber.routine.service;

import app.limber.routine.domain.DurationEstimate;
import app.limber.routine.domain.DurationEstimator;
import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.Prescription;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.persistence.Routine;

import java.util.List;
import java.util.Map;

/**
 * A routine together with what the catalog read model knows of its exercises. Expansion never waits
 * for the read model: an exercise it does not know yet shows without name and without its work in the
 * estimate.
 */
public record ExpandedRoutine(Routine routine, List<Step> steps, DurationEstimate estimate) {

    /** One item as it will be done: the known exercise (or null), and the prescription in effect. */
    public record Step(RoutineItem item, ExerciseSnapshot exercise, Prescription prescription, boolean overridden, Boolean perSide) {

        public boolean known() {
            return exercise != null && exercise.name() != null;
        }

        public boolean retired() {
            return exercise != null && exercise.retired();
        }
    }

    public static ExpandedRoutine of(Routine routine, Map<String, ExerciseSnapshot> catalog) {
        List<Step> steps = routine.items.stream().map(item -> step(item, catalog.get(item.exerciseSlug()))).toList();
        DurationEstimate estimate = DurationEstimator.estimate(routine.rounds(), steps.stream()
                .map(s -> new DurationEstimator.Item(s.prescription(), Boolean.TRUE.equals(s.perSide()), s.item().restSeconds()))
                .toList());
        return new ExpandedRoutine(routine, steps, estimate);
    }

    private static Step step(RoutineItem item, ExerciseSnapshot exercise) {
        boolean known = exercise != null && exercise.name() != null;
        Prescription override = item.prescription();
        Prescription effective = override != null ? override : known ? exercise.prescription() : null;
        Boolean perSide = effective != null && effective.perSide() != null ? effective.perSide()
                : known ? Boolean.valueOf(exercise.perSide()) : null;
        return new Step(item, exercise, effective, override != null, perSide);
    }

    public List<String> retiredSlugs() {
        return steps.stream().filter(Step::retired).map(s -> s.item().exerciseSlug()).distinct().toList();
    }

    public List<String> unknownSlugs() {
        return steps.stream().filter(s -> !s.known()).map(s -> s.item().exerciseSlug()).distinct().toList();
    }
}
