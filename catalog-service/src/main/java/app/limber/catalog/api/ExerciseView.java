package app.limber.catalog.api;

import app.limber.catalog.domain.Prescription;
import app.limber.catalog.domain.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Exercise", description = "An exercise with everything needed to do it. Vocabulary values are the slugs of GET /taxonomy.")
public record ExerciseView(
        String slug,
        @Schema(description = "Increases with every change; the ETag is this number in quotes") int version,
        String name,
        List<String> aliases,
        String summary,
        List<String> steps,
        List<String> cues,
        List<String> cautions,
        String category,
        List<String> targetAreas,
        @Schema(description = "[\"none\"] when nothing is needed") List<String> equipment,
        String position,
        @Schema(description = "Done on one side, then the other; the prescription counts per side") boolean perSide,
        Prescription prescription,
        @Schema(description = "The works the content comes from, by title") List<Source> sources,
        @Schema(description = "Retired exercises are hidden from listings but stay readable here") boolean retired,
        @Schema(description = "When the exercise last changed: UTC, millisecond precision",
                examples = "2026-12-01T18:04:05.120Z") Instant updatedAt) {
}
