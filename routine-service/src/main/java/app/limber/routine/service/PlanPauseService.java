package app.limber.routine.service;

import app.limber.routine.domain.PauseInput;
import app.limber.routine.domain.PauseRules;
import app.limber.routine.domain.PlanActor;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.messaging.PlanAndSessionEvents;
import app.limber.routine.persistence.Plan;
import app.limber.routine.persistence.PlanPause;
import app.limber.routine.persistence.PlanPauseRepository;
import app.limber.routine.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static app.limber.routine.domain.RoutineException.Reason.NOT_FOUND;

/**
 * Pausing a plan and resuming it early, by its user or a coach they let assign plans. The plan row is locked for
 * each change, so two pauses asked for at once cannot both pass the overlap check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanPauseService {

    private final PlanRepository plans;
    private final PlanPauseRepository pauses;
    private final CoachingService coaching;
    private final PlanAndSessionEvents events;
    private final Clock clock;

    PlanPauseService(PlanRepository plans, PlanPauseRepository pauses, CoachingService coaching,
                     PlanAndSessionEvents events, Clock clock) {
        this.plans = plans;
        this.pauses = pauses;
        this.coaching = coaching;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PlanPause pause(UUID planId, PauseInput input, PlanActor actor) {
        coaching.requireAccess(actor, true);
        Plan plan = plans.ownedByForUpdate(planId, actor.ownerId()).orElseThrow(() -> PlanService.notFound(planId));
        Instant now = clock.instant();
        PauseRules.validate(input, new PauseRules.PlanDates(plan.startsOn, plan.endsOn, plan.ended(now)), plan.today(now),
                pauses.ofPlan(planId).stream().map(PlanPause::days).toList());
        PlanPause pause = new PlanPause();
        pause.id = UUID.randomUUID();
        pause.planId = planId;
        pause.startsOn = input.startsOn();
        pause.endsOn = input.endsOn();
        pause.pausedBy = actor.actorId();
        pause.createdAt = now;
        pauses.persist(pause);
        events.planPaused(plan, pause, now);
        return pause;
    }

    public PlanPause get(UUID planId, UUID pauseId, PlanActor actor) {
        coaching.requireAccess(actor, false);
        plans.ownedBy(planId, actor.ownerId()).orElseThrow(() -> PlanService.notFound(planId));
        return pauses.ofPlan(planId, pauseId).orElseThrow(() -> notFound(pauseId));
    }

    /**
     * Ends the pause today in the plan's zone: the plan is active again from today, or the pause is cancelled
     * when it has not begun. Resuming a resumed pause changes nothing and publishes nothing.
     */
    @Transactional
    public PlanPause resume(UUID planId, UUID pauseId, PlanActor actor) {
        coaching.requireAccess(actor, true);
        Plan plan = plans.ownedByForUpdate(planId, actor.ownerId()).orElseThrow(() -> PlanService.notFound(planId));
        PlanPause pause = pauses.ofPlan(planId, pauseId).orElseThrow(() -> notFound(pauseId));
        if (pause.resumedOn != null) {
            return pause;
        }
        Instant now = clock.instant();
        LocalDate resumedOn = PauseRules.resumedOn(pause.days(), plan.today(now));
        pause.resumedOn = resumedOn;
        pause.resumedAt = now;
        events.planResumed(plan, pause, now);
        return pause;
    }

    private static RoutineException notFound(UUID pauseId) {
        return new RoutineException(NOT_FOUND, "no pause " + pauseId + " of this plan");
    }
}
