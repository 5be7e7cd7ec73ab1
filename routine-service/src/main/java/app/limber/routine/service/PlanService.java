package app.limber.routine.service;

import app.limber.platform.api.PageRequest;
import app.limber.routine.domain.Caller;
import app.limber.routine.domain.PlanActor;
import app.limber.routine.domain.PlanInput;
import app.limber.routine.domain.PlanValidator;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.messaging.PlanAndSessionEvents;
import app.limber.routine.persistence.Paged;
import app.limber.routine.persistence.Plan;
import app.limber.routine.persistence.PlanPause;
import app.limber.routine.persistence.PlanPauseRepository;
import app.limber.routine.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.limber.routine.domain.RoutineException.Reason.NOT_FOUND;

/**
 * A user's plans, reached by the user or by a coach they let assign plans; every change goes to the outbox in the
 * same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    private final PlanRepository plans;
    private final PlanPauseRepository pauses;
    private final RoutineService routines;
    private final CoachingService coaching;
    private final PlanAndSessionEvents events;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanPauseRepository pauses, RoutineService routines, CoachingService coaching,
                PlanAndSessionEvents events, Clock clock) {
        this.plans = plans;
        this.pauses = pauses;
        this.routines = routines;
        this.coaching = coaching;
        this.events = events;
        this.clock = clock;
    }

    public Paged<PlanWithPauses> list(PlanActor actor, PageRequest page) {
        coaching.requireAccess(actor, false);
        Paged<Plan> found = plans.ofUser(actor.ownerId(), page.page(), page.size());
        Map<UUID, List<PlanPause>> byPlan = pauses.ofPlans(found.items().stream().map(p -> p.id).toList());
        return found.map(p -> new PlanWithPauses(p, byPlan.getOrDefault(p.id, List.of())));
    }

    public PlanWithPauses get(UUID id, PlanActor actor) {
        coaching.requireAccess(actor, false);
        return withPauses(plans.ownedBy(id, actor.ownerId()).orElseThrow(() -> notFound(id)));
    }

    /**
     * Schedules a plan for its owner. A coach schedules on a public template or a routine of their own, and the
     * plan names them in {@code assignedBy}.
     */
    @Transactional
    public PlanWithPauses schedule(PlanInput input, PlanActor actor) {
        coaching.requireAccess(actor, true);
        Instant now = clock.instant();
        PlanValidator.validate(input, routines.findVisible(input.routineId(), actor.caller()).isPresent(), now);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.userId = actor.ownerId();
        plan.routineId = input.routineId();
        plan.weeklyTarget = input.weeklyTarget();
        plan.timeZone = input.timeZone();
        plan.startsOn = input.startsOn();
        plan.endsOn = input.endsOn();
        plan.createdAt = now;
        plan.assignedBy = actor.viaCoach() ? actor.actorId() : null;
        plans.persist(plan);
        events.planScheduled(plan, now);
        return new PlanWithPauses(plan, List.of());
    }

    /**
     * Ends the plan today in its zone (an earlier last day it already had is kept). Ending an ended plan
     * changes nothing and publishes nothing.
     */
    @Transactional
    public PlanWithPauses end(UUID id, Caller caller) {
        Plan plan = plans.ownedByForUpdate(id, caller.userId())
                .orElseThrow(() -> notFound(id));
        if (plan.endedAt == null) {
            Instant now = clock.instant();
            plan.end(now);
            events.planEnded(plan, now);
        }
        return withPauses(plan);
    }

    private PlanWithPauses withPauses(Plan plan) {
        return new PlanWithPauses(plan, pauses.ofPlan(plan.id));
    }

    static RoutineException notFound(UUID id) {
        return new RoutineException(NOT_FOUND, "no plan " + id);
    }
}
