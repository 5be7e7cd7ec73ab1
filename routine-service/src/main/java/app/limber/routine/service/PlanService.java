package app.limber.routine.service;

import app.limber.routine.domain.Caller;
import app.limber.routine.domain.PlanInput;
import app.limber.routine.domain.PlanValidator;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.messaging.PlanAndSessionEvents;
import app.limber.platform.api.PageRequest;
import app.limber.routine.persistence.Paged;
import app.limber.routine.persistence.Plan;
import app.limber.routine.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.limber.routine.domain.RoutineException.Reason.NOT_FOUND;

/** A user's own plans; every change goes to the outbox in the same transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    private final PlanRepository plans;
    private final RoutineService routines;
    private final PlanAndSessionEvents events;
    private final Clock clock;

    PlanService(PlanRepository plans, RoutineService routines, PlanAndSessionEvents events, Clock clock) {
        this.plans = plans;
        this.routines = routines;
        this.events = events;
        this.clock = clock;
    }

    public Paged<Plan> list(Caller caller, PageRequest page) {
        return plans.ofUser(caller.userId(), page.page(), page.size());
    }

    public Plan get(UUID id, Caller caller) {
        return plans.ownedBy(id, caller.userId()).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public Plan schedule(PlanInput input, Caller caller) {
        Instant now = clock.instant();
        PlanValidator.validate(input, routines.findVisible(input.routineId(), caller).isPresent(), now);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.userId = caller.userId();
        plan.routineId = input.routineId();
        plan.weeklyTarget = input.weeklyTarget();
        plan.timeZone = input.timeZone();
        plan.startsOn = input.startsOn();
        plan.endsOn = input.endsOn();
        plan.createdAt = now;
        plans.persist(plan);
        events.planScheduled(plan, now);
        return plan;
    }

    /**
     * Ends the plan today in its zone (an earlier last day it already had is kept). Ending an ended plan
     * changes nothing and publishes nothing.
     */
    @Transactional
    public Plan end(UUID id, Caller caller) {
        Plan plan = plans.ownedByForUpdate(id, caller.userId())
                .orElseThrow(() -> notFound(id));
        if (plan.endedAt != null) {
            return plan;
        }
        Instant now = clock.instant();
        plan.end(now);
        events.planEnded(plan, now);
        return plan;
    }

    private static RoutineException notFound(UUID id) {
        return new RoutineException(NOT_FOUND, "no plan " + id);
    }
}
