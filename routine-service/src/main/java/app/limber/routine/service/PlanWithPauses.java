package app.limber.routine.service;

import app.limber.routine.persistence.Plan;
import app.limber.routine.persistence.PlanPause;

import java.util.List;

/** A plan with its pauses, earliest first. */
public record PlanWithPauses(Plan plan, List<PlanPause> pauses) {

    public PlanWithPauses {
        pauses = List.copyOf(pauses);
    }
}
