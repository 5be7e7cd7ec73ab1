package app.limber.progress.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.limber.platform.api.CsvReport;
import app.limber.platform.api.CsvTable;

@Schema(description = "How the sessions of one routine went item by item, over the ISO weeks of a range (a session "
        + "counts in the week of its own day). Only sessions that carry their prescription count: those recorded before "
        + "routine published it count for exercises (GET /analytics/exercises), not here. Every session of the routine "
        + "includes every item it prescribed; an item is completed when it was logged and every entry of it completed, "
        + "and skipped otherwise (not logged, or an entry not completed).")
public record RoutineItemsReport(
        @Schema(description = "The routine asked for") UUID routineId,
        @Schema(description = "ISO week of the first week, e.g. 2026-W40") String from,
        @Schema(description = "ISO week of the last week, e.g. 2026-W49") String to,
        @Schema(description = "One entry per item (position and exercise: a routine edited in the range may show "
                + "two exercises at one position), by position") List<Item> items) implements CsvReport {

    public record Item(
            @Schema(description = "The item's position in the routine, from 1") int position,
            @Schema(description = "The item's exercise") String exerciseSlug,
            @Schema(description = "Sessions that included the item") long sessions,
            @Schema(description = "Sessions that completed it") long completed,
            @Schema(description = "Sessions that skipped it: did not log it, or did not complete an entry of it") long skipped,
            @Schema(description = "completed / sessions, from 0.0 to 1.0") Double completedShare,
            @Schema(description = "skipped / sessions, from 0.0 to 1.0") Double skippedShare,
            @Schema(description = "Mean dose ratio of the sessions that logged it: per prescribed dimension done ÷ "
                    + "prescribed minimum, capped at 1.5, averaged over the dimensions (sets count all rounds, against "
                    + "sets.min × rounds.min, per side for a per-side item; reps and holds are per set); null when no "
                    + "session logged it, or it prescribes nothing measurable") Double meanDoseRatio,
            @Schema(description = "Sessions whose last completed item was this one") long dropOffs,
            @Schema(description = "dropOffs / sessions, from 0.0 to 1.0: for the last item, the sessions that went to "
                    + "the end") Double dropOffShare) {
    }

    @Override
    public CsvTable csv() {
        CsvTable table = CsvTable.of("routineId", "from", "to", "position", "exerciseSlug", "sessions", "completed",
                "skipped", "completedShare", "skippedShare", "meanDoseRatio", "dropOffs", "dropOffShare");
        items.forEach(item -> table.row(routineId, from, to, item.position(), item.exerciseSlug(), item.sessions(),
                item.completed(), item.skipped(), item.completedShare(), item.skippedShare(), item.meanDoseRatio(),
                item.dropOffs(), item.dropOffShare()));
        return table;
    }
}
