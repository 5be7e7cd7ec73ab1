package app.limber.progress.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.limber.platform.api.CsvReport;
import app.limber.platform.api.CsvTable;

@Schema(description = "Plans grouped by the ISO week they started in (their first active week); for each cohort, the "
        + "share of its plans that met their target in their week 1, 2, ... N. A plan that has ended counts as not "
        + "meeting it, so the share is of the whole cohort. Weeks after the running week are not listed.")
public record CohortReport(
        @Schema(description = "The routine asked for; null for all routines") UUID routineId,
        @Schema(description = "ISO week of the first start week, e.g. 2026-W40") String from,
        @Schema(description = "ISO week of the last start week, e.g. 2026-W49") String to,
        @Schema(description = "N, the weeks of each cohort's life reported (the 'weeks' parameter)", minimum = "1",
                maximum = "52") int weeksReported,
        List<Cohort> cohorts) implements CsvReport {

    /** One row per week of each cohort's life; a cohort without any reported week has one row with no week. */
    @Override
    public CsvTable csv() {
        CsvTable table = CsvTable.of("routineId", "from", "to", "weeksReported", "startWeek", "weekStart", "plans",
                "week", "met", "share");
        for (Cohort cohort : cohorts) {
            for (CohortWeek week : cohort.retention()) {
                table.row(routineId, from, to, weeksReported, cohort.startWeek(), cohort.weekStart(), cohort.plans(),
                        week.week(), week.met(), week.share());
            }
            if (cohort.retention().isEmpty()) {
                table.row(routineId, from, to, weeksReported, cohort.startWeek(), cohort.weekStart(), cohort.plans(),
                        null, null, null);
            }
        }
        return table;
    }

    public record Cohort(
            @Schema(description = "ISO week the cohort's plans started, e.g. 2026-W40") String startWeek,
            @Schema(description = "The Monday of startWeek") LocalDate weekStart,
            @Schema(description = "Plans in the cohort") int plans,
            @Schema(description = "Weeks 1..N of the cohort's life, up to the running week") List<CohortWeek> retention) {
    }

    public record CohortWeek(
            @Schema(description = "Week of the plans' life, 1 = the week they started") int week,
            @Schema(description = "Plans of the cohort that met their target that week") int met,
            @Schema(description = "met / plans, from 0.0 to 1.0") double share) {
    }
}
