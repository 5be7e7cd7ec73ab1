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
                       @Schema(description = "scheduled (starts later), active, paused (active, and today lies in one of its pauses), "
                               + "or ended (today in the plan's zone)") String status,
                       Instant createdAt,
                       @Schema(description = "The coach who scheduled the plan for its user; null when the user did") String assignedBy,
                       @Schema(description = "The plan's pauses, earliest first") List<PauseView> pauses) {

    static PlanView of(PlanWithPauses found, Instant now) {
        Plan plan = found.plan();
        return new PlanView(plan.id, plan.routineId, plan.weeklyTarget, plan.timeZone, plan.startsOn, plan.endsOn,
                status(found, now), plan.createdAt, plan.assignedBy, found.pauses().stream().map(PauseView::of).toList());
    }

    private static String status(PlanWithPauses found, Instant now) {
        String status = found.plan().status(now);
        LocalDate today = found.plan().today(now);
        boolean pausedToday = found.pauses().stream().anyMatch(pause -> pause.days().covers(today));
        return "active".equals(status) && pausedToday ? "paused" : status;
    }
}
