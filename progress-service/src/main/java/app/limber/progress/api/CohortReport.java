package app.limber.progress.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Plans grouped by the ISO week they started in (their first active week); for each cohort, the "
        + "share of its plans that met their target in their week 1, 2, ... N. A plan that has ended counts as not "
        + "meeting it, so the share is of the whole cohort. Weeks after the running week are not listed.")
public record CohortReport(UUID routineId, String from, String to, int weeks, List<Cohort> cohorts) {

    public record Cohort(
            @Schema(description = "ISO week the cohort's plans started, e.g. 2026-W40") String startWeek,
            LocalDate startWeekMonday,
            @Schema(description = "Plans in the cohort") int plans,
            List<CohortWeek> retention) {
    }

    public record CohortWeek(
            @Schema(description = "Week of the plans' life, 1 = the week they started") int week,
            @Schema(description = "Plans of the cohort that met their target that week") int met,
            @Schema(description = "met / plans, 0..1") double share) {
    }
}
