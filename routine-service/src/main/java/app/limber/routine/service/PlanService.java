package app.limber.routine.service;

import app.limber.platform.problem.ProblemException;
import app.limber.routine.api.Caller;
import app.limber.routine.api.PlanRequest;
import app.limber.routine.domain.Plan;
import app.limber.routine.domain.TimeZones;
import app.limber.routine.messaging.RoutineEvents;
import app.limber.routine.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user's own plans; every change goes to the outbox in the same transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    private final PlanRepository plans;
    private final RoutineService routines;
    private final RoutineEvents events;
    private final Clock clock;

    PlanService(PlanRepository plans, RoutineService routines, RoutineEvents events, Clock clock) {
        this.plans = plans;
        this.routines = routines;
        this.events = events;
        this.clock = clock;
    }

    public List<Plan> list(Caller caller) {
        return plans.ofUser(caller.userId());
    }

    @Transactional
    public Plan schedule(PlanRequest request, Caller caller) {
        if (!TimeZones.isIana(request.timeZone())) {
            throw ProblemException.badField("timeZone", "must be an IANA time zone id such as Europe/Berlin");
        }
        if (!plausible(request.startsOn())) {
            throw ProblemException.badField("startsOn", "must lie between 1970 and 9999");
        }
        if (request.endsOn() != null && !plausible(request.endsOn())) {
            throw ProblemException.badField("endsOn", "must lie between 1970 and 9999");
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.badField("endsOn", "must not be before startsOn");
        }
        if (routines.findVisible(request.routineId(), caller).isEmpty()) {
            throw ProblemException.badField("routineId", "no such routine");
        }
        Instant now = clock.instant();
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.userId = caller.userId();
        plan.routineId = request.routineId();
        plan.weeklyTarget = request.weeklyTarget();
        plan.timeZone = request.timeZone();
        plan.startsOn = request.startsOn();
        plan.endsOn = request.endsOn();
        plan.createdAt = now;
        plans.persist(plan);
        events.planScheduled(plan, now);
        return plan;
    }

    private static boolean plausible(java.time.LocalDate date) {
        return date.getYear() >= 1970 && date.getYear() <= 9999;
    }

    /**
     * Ends the plan today in its zone (an earlier last day it already had is kept). Ending an ended plan
     * changes nothing and publishes nothing.
     */
    @Transactional
    public Plan end(UUID id, Caller caller) {
        Plan plan = plans.ownedByForUpdate(id, caller.userId())
                .orElseThrow(() -> ProblemException.of(Response.Status.NOT_FOUND, "no plan " + id));
        if (plan.endedAt != null) {
            return plan;
        }
        Instant now = clock.instant();
        plan.end(now);
        events.planEnded(plan, now);
        return plan;
    }
}
