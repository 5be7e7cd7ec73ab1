package app.limber.progress.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Adherence per plan-week: one entry per plan and ISO week (in the plan's zone) in which the plan "
        + "is active and asks for at least one session, from the week of 'from' to the week of 'to' but never after the "
        + "running week, oldest first, then by plan id. These are exactly the plan-weeks GET /progress/me averages: a "
        + "week every day of which the plan is paused is no plan-week and is left out.")
public record WeeksResponse(
        @Schema(description = "ISO week of 'from', e.g. 2026-W38") String from,
        @Schema(description = "ISO week of 'to', e.g. 2026-W49") String to,
        @Schema(description = "The plan-weeks, oldest first, then by plan id") List<Week> weeks) {

    @Schema(name = "PlanWeek", description = "One plan in one ISO week")
    public record Week(
            @Schema(description = "ISO week, e.g. 2026-W47, counted in the plan's time zone") String week,
            @Schema(description = "Its Monday") LocalDate weekStart,
            UUID planId,
            @Schema(description = "The plan's routine") UUID routineId,
            @Schema(description = "Sessions counted toward the plan in the week") int done,
            @Schema(description = "Sessions the plan asks for in the week: the weekly target, prorated to the days in "
                    + "force in a partial or partly paused week, max(1, round(weeklyTarget × days / 7))", minimum = "1")
            int target,
            @Schema(description = "done ≥ target") boolean met,
            @Schema(description = "Whether the week counts toward adherence yet: true once the week is over, or, in "
                    + "the running week, once met; an unmet running week can still be met") boolean settled,
            @Schema(description = "Weekly adherence min(1, done / target), from 0.0 to 1.0") double adherence) {
    }
}
