package app.limber.routine.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.Prescription;
import app.limber.routine.domain.SessionPrescription;
import app.limber.routine.persistence.InMemoryCatalog;
import app.limber.routine.persistence.Routine;

/**
 * What a routine prescribes at the moment a session of it is recorded: each item's own prescription, or its
 * exercise's catalog default from the read model, as the routine's view shows it ({@link ExpandedRoutine}).
 */
@ApplicationScoped
public class SessionPrescriptions {

    private final InMemoryCatalog catalog;

    SessionPrescriptions(InMemoryCatalog catalog) {
        this.catalog = catalog;
    }

    public SessionPrescription of(Routine routine) {
        Map<String, ExerciseSnapshot> known = catalog.bySlugs(
                routine.items.stream().map(item -> item.exerciseSlug()).distinct().toList());
        ExpandedRoutine expanded = ExpandedRoutine.of(routine, known);
        List<SessionPrescription.Item> items = new ArrayList<>();
        for (int i = 0; i < expanded.steps().size(); i++) {
            ExpandedRoutine.Step step = expanded.steps().get(i);
            Prescription prescription = step.prescription();
            items.add(new SessionPrescription.Item(i + 1, step.item().exerciseSlug(), Boolean.TRUE.equals(step.perSide()),
                    prescription == null ? null : prescription.sets(), prescription == null ? null : prescription.reps(),
                    prescription == null ? null : prescription.holdSeconds(),
                    prescription == null ? null : prescription.durationSeconds()));
        }
        return new SessionPrescription(routine.rounds(), items);
    }
}
