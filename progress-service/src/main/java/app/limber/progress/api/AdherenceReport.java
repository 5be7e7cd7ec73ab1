package app.limber.progress.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.limber.platform.api.CsvReport;
import app.limber.platform.api.CsvTable;

@Schema(description = "Adherence per ISO week over all users' plans (of one routine, when given). A plan is active in "
        + "every ISO week (in its own zone) sharing a day with its dates; its weekly adherence is min(1, done / target), "
        + "partial first and last weeks asking for max(1, round(weeklyTarget × activeDays / 7)). The running week is "
        + "included and can only improve until it is over.")
public record AdherenceReport(
        @Schema(description = "The routine asked for; null for all routines") UUID routineId,
        @Schema(description = "ISO week of the first week, e.g. 2026-W40") String from,
        @Schema(description = "ISO week of the last week asked for, e.g. 2026-W49") String to,
        @Schema(description = "weeklyTarget when the weeks are split by the plans' weekly target; absent otherwise")
        @JsonInclude(JsonInclude.Include.NON_NULL) String groupBy,
        @Schema(description = "One entry per ISO week from 'from' to 'to', none after the running week; grouped by "
                + "weeklyTarget, one entry per week and weekly target that had active plans that week, by week then "
                + "target") List<Week> weeks) implements CsvReport {

    /** Every week of all plans together. */
    public AdherenceReport(UUID routineId, String from, String to, List<Week> weeks) {
        this(routineId, from, to, null, weeks);
    }

    public record Week(
            @Schema(description = "ISO week, e.g. 2026-W47") String week,
            @Schema(description = "Its Monday") LocalDate weekStart,
            @Schema(description = "The weekly target (1-14) of the plans of this entry; absent unless grouped by it",
                    minimum = "1", maximum = "14") @JsonInclude(JsonInclude.Include.NON_NULL) Integer weeklyTarget,
            @Schema(description = "Plans active in the week") int plansActive,
            @Schema(description = "Mean weekly adherence, from 0.0 to 1.0; null without active plans") Double meanAdherence,
            @Schema(description = "Median weekly adherence, from 0.0 to 1.0; null without active plans") Double medianAdherence,
            @Schema(description = "Share of active plans that met their target, from 0.0 to 1.0; null without active plans")
            Double metTargetShare) {

        /** A week of all plans together. */
        public Week(String week, LocalDate weekStart, int plansActive, Double meanAdherence, Double medianAdherence,
                    Double metTargetShare) {
            this(week, weekStart, null, plansActive, meanAdherence, medianAdherence, metTargetShare);
        }
    }

    @Override
    public CsvTable csv() {
        CsvTable table = groupBy == null
                ? CsvTable.of("routineId", "from", "to", "week", "weekStart", "plansActive", "meanAdherence",
                        "medianAdherence", "metTargetShare")
                : CsvTable.of("from", "to", "week", "weekStart", "weeklyTarget", "plansActive", "meanAdherence",
                        "medianAdherence", "metTargetShare");
        for (Week week : weeks) {
            if (groupBy == null) {
                table.row(routineId, from, to, week.week(), week.weekStart(), week.plansActive(), week.meanAdherence(),
                        week.medianAdherence(), week.metTargetShare());
            } else {
                table.row(from, to, week.week(), week.weekStart(), week.weeklyTarget(), week.plansActive(),
                        week.meanAdherence(), week.medianAdherence(), week.metTargetShare());
            }
        }
        return table;
    }
}
