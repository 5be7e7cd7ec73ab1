package app.limber.routine.api;

import app.limber.routine.persistence.Plan;
import app.limber.routine.service.PlanWithPauses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record PlanView(UUID id, UUID routineId, int weeklyTarget, String timeZone, LocalDate startsOn,
                       LocalDate endsOn,
                       @Schema(description = "scheduled (starts later), active, or ended (today in the plan's zone)") String status,
                       Instant createdAt,
                       @Schema(description = "The coach who scheduled the plan for its user; null when the user did") String assignedBy,
                       @Schema(description = "The plan's pauses, earliest first") List<PauseView> pauses) {

    static PlanView of(PlanWithPauses found, Instant now) {
        Plan plan = found.plan();
        return new PlanView(plan.id, plan.routineId, plan.weeklyTarget, plan.timeZone, plan.startsOn, plan.endsOn,
                plan.status(now), plan.createdAt, plan.assignedBy, found.pauses().stream().map(PauseView::of).toList());
    }
}
