package app.limber.progress.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.limber.platform.api.CsvReport;
import app.limber.platform.api.CsvTable;

@Schema(description = "How sessions went exercise by exercise, across routines (or in one), over the ISO weeks of a "
        + "range (a session counts in the week of its own day). A session contains an exercise when its prescription "
        + "lists it or it was logged; it completed it when it completed every item of it (without a prescription, every "
        + "logged entry of it).")
public record ExerciseReport(
        @Schema(description = "The routine asked for; null for all routines") UUID routineId,
        @Schema(description = "ISO week of the first week, e.g. 2026-W40") String from,
        @Schema(description = "ISO week of the last week, e.g. 2026-W49") String to,
        @Schema(description = "One entry per exercise, most sessions first (ties by slug)") List<Exercise> exercises)
        implements CsvReport {

    public record Exercise(
            @Schema(description = "The exercise") String exerciseSlug,
            @Schema(description = "Sessions containing it") long sessions,
            @Schema(description = "Sessions that completed it") long completed,
            @Schema(description = "Sessions that skipped it (not logged, or an entry not completed)") long skipped,
            @Schema(description = "completed / sessions, from 0.0 to 1.0") Double completedShare,
            @Schema(description = "skipped / sessions, from 0.0 to 1.0") Double skippedShare,
            @Schema(description = "Mean dose ratio of its prescribed items in the sessions that logged them (see "
                    + "RoutineItemsReport); null when there is none, e.g. for sessions recorded without a prescription")
            Double meanDoseRatio,
            @Schema(description = "Mean effort (1-10) of the sessions containing it that gave one; null when none did")
            Double meanEffort,
            @Schema(description = "Mean discomfort (0-10) of the sessions containing it that gave one; null when none did")
            Double meanDiscomfort) {
    }

    @Override
    public CsvTable csv() {
        CsvTable table = CsvTable.of("routineId", "from", "to", "exerciseSlug", "sessions", "completed", "skipped",
                "completedShare", "skippedShare", "meanDoseRatio", "meanEffort", "meanDiscomfort");
        exercises.forEach(exercise -> table.row(routineId, from, to, exercise.exerciseSlug(), exercise.sessions(),
                exercise.completed(), exercise.skipped(), exercise.completedShare(), exercise.skippedShare(),
                exercise.meanDoseRatio(), exercise.meanEffort(), exercise.meanDiscomfort()));
        return table;
    }
}
