package app.limber.routine.api;

import app.limber.routine.domain.ComposedItem;
import app.limber.routine.domain.Composition;
import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.persistence.Routine;
import app.limber.routine.service.ExpandedRoutine;

import java.util.ArrayList;
import java.util.List;

/** Turns expanded routines and compositions into the API's view. */
final class RoutineMapper {

    private RoutineMapper() {
    }

    static RoutineView view(ExpandedRoutine expanded) {
        Routine r = expanded.routine();
        List<RoutineView.ItemView> items = new ArrayList<>();
        for (int i = 0; i < expanded.steps().size(); i++) {
            ExpandedRoutine.Step step = expanded.steps().get(i);
            ExerciseSnapshot e = step.known() ? step.exercise() : null;
            items.add(new RoutineView.ItemView(i + 1, step.item().exerciseSlug(),
                    e == null ? null : e.name(), e == null ? null : e.category(),
                    e == null ? null : e.targetAreas(), e == null ? null : e.equipment(),
                    step.perSide(), step.prescription(),
                    step.prescription() == null ? null : step.overridden() ? "routine" : "catalog",
                    step.item().restSeconds(), step.retired()));
        }
        RoutineView.Source source = r.sourceTitle == null ? null : new RoutineView.Source(r.sourceTitle, null);
        return new RoutineView(r.id, r.slug, r.name, r.description, r.purpose, r.visibility, r.ownerId, r.rounds(),
                expanded.estimate(), expanded.retiredSlugs(), expanded.unknownSlugs(), source, items);
    }

    static RoutineView composed(Composition composition) {
        List<RoutineView.ItemView> items = new ArrayList<>();
        for (int i = 0; i < composition.items().size(); i++) {
            ComposedItem item = composition.items().get(i);
            ExerciseSnapshot e = item.exercise();
            items.add(new RoutineView.ItemView(i + 1, e.slug(), e.name(), e.category(), e.targetAreas(), e.equipment(),
                    item.prescription().appliesPerSide(), item.prescription(), "routine", item.restSeconds(), false));
        }
        String name = "Composed " + composition.purpose().term() + ", " + composition.minutes() + " min";
        return new RoutineView(null, null, name, "Proposed by the composer; save it with POST /routines to keep it.",
                composition.purpose(), null, null, composition.rounds(), composition.estimate(), List.of(), List.of(),
                null, items);
    }
}
