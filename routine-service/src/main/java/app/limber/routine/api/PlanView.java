package app.limber.routine.api;

import app.limber.routine.persistence.Plan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record PlanView(UUID id, UUID routineId, int weeklyTarget, String timeZone, LocalDate startsOn,
                       LocalDate endsOn,
                       @Schema(description = "scheduled (starts later), active, or ended (today in the plan's zone)") String status,
                       Instant createdAt) {

    static PlanView of(Plan plan, Instant now) {
        return new PlanView(plan.id, plan.routineId, plan.weeklyTarget, plan.timeZone, plan.startsOn, plan.endsOn,
                plan.status(now), plan.createdAt);
    }
}
