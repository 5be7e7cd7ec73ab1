package app.limber.progress.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Adherence per ISO week over all users' plans (of one routine, when given). A plan is active in "
        + "every ISO week (in its own zone) sharing a day with its dates; its weekly adherence is min(1, done / target), "
        + "partial first and last weeks asking for max(1, round(weeklyTarget × activeDays / 7)). The running week is "
        + "included and can only improve until it is over.")
public record AdherenceReport(
        @Schema(description = "The routine asked for; null for all routines") UUID routineId,
        @Schema(description = "ISO week of the first week, e.g. 2026-W40") String from,
        @Schema(description = "ISO week of the last week asked for, e.g. 2026-W49") String to,
        @Schema(description = "One entry per ISO week from 'from' to 'to', none after the running week") List<Week> weeks) {

    public record Week(
            @Schema(description = "ISO week, e.g. 2026-W47") String week,
            @Schema(description = "Its Monday") LocalDate weekStart,
            @Schema(description = "Plans active in the week") int plansActive,
            @Schema(description = "Mean weekly adherence, from 0.0 to 1.0; null without active plans") Double meanAdherence,
            @Schema(description = "Median weekly adherence, from 0.0 to 1.0; null without active plans") Double medianAdherence,
            @Schema(description = "Share of active plans that met their target, from 0.0 to 1.0; null without active plans")
            Double metTargetShare) {
    }
}
