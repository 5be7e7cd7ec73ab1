package app.limber.catalog.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An exercise as an editor sends it (request body of POST and PUT) or as the seed file states it:
 * vocabulary values are still plain strings, so that {@link ExerciseValidator} can name every bad
 * field at once instead of stopping at the first.
 */
@Schema(name = "ExerciseInput", description = "An exercise as an admin writes it. Vocabulary values are the slugs of GET /taxonomy.")
public record ExerciseInput(
        @Schema(description = "Only on POST: lower-case words joined by single hyphens, at most 80 characters. On PUT it may be omitted; if given it must equal the path.", examples = "half-pigeon")
        String slug,
        @Schema(required = true, examples = "Half Pigeon") String name,
        @Schema(description = "Other names people search for") List<String> aliases,
        @Schema(required = true) String summary,
        @Schema(required = true, description = "At least one step, in order") List<String> steps,
        List<String> cues,
        List<String> cautions,
        @Schema(required = true, examples = "stretch") String category,
        @Schema(required = true, description = "At least one target area") List<String> targetAreas,
        @Schema(required = true, description = "[\"none\"] when nothing is needed; none cannot be combined with other equipment") List<String> equipment,
        @Schema(required = true, examples = "kneeling") String position,
        @Schema(required = true, description = "True when the exercise is done on one side, then the other") Boolean perSide,
        @Schema(required = true) PrescriptionInput prescription,
        List<SourceInput> sources) {

    /** Ranges per set; at least one of them. {@code perSide}, when given, must equal the exercise's. */
    @Schema(name = "PrescriptionInput")
    public record PrescriptionInput(RangeInput sets, RangeInput reps, RangeInput holdSeconds, RangeInput durationSeconds,
                                    Boolean perSide) {
    }

    /** An inclusive range; {@code max >= min >= 0}. */
    @Schema(name = "RangeInput")
    public record RangeInput(@Schema(required = true) Integer min, @Schema(required = true) Integer max) {
    }

    @Schema(name = "SourceInput", description = "A work the content comes from, as a reader would cite it")
    public record SourceInput(
            @Schema(required = true, description = "The title of the article or page") String title,
            @Schema(description = "Where to read it, when it is on the web") String url) {
    }
}
