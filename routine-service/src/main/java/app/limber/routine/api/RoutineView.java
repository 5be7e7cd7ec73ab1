package app.limber.routine.api;

import app.limber.routine.domain.DurationEstimate;
import app.limber.routine.domain.Prescription;
import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.Range;
import app.limber.routine.domain.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A routine with its items expanded from the catalog read model. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutineView(
        UUID id,
        @Schema(description = "Only seeded public templates have a slug") String slug,
        String name,
        String description,
        Purpose purpose,
        Visibility visibility,
        @Schema(description = "Owner's user id; absent for seeded templates") String ownerId,
        Range rounds,
        @Schema(description = DURATION_RULES) DurationEstimate estimatedDuration,
        @Schema(description = "Slugs of items whose exercise the catalog has retired") List<String> retiredExercises,
        @Schema(description = "Slugs the catalog read model does not know (yet); their work is missing from the estimate")
        List<String> unknownExercises,
        Source source,
        List<ItemView> items) {

    static final String DURATION_RULES = "Estimated from the prescriptions, min to max seconds: work per set is "
            + "durationSeconds, else reps x (3 s + holdSeconds), else holdSeconds, else 30 s; a per-side item's work "
            + "counts twice; each set is followed by the item's rest; absent sets = 1; the list is multiplied by rounds. "
            + "complete = false while some exercise is unknown to the catalog read model.";

    /** What a reader cites: the article's title and, when it is on the web, its address (as catalog's sources). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(@Schema(description = "The article's title") String title,
                         @Schema(description = "Where the article can be read, when known", format = "uri") String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(
            int position,
            String exerciseSlug,
            @Schema(description = "From the catalog read model; absent while it does not know the exercise") String exerciseName,
            String category,
            List<String> targetAreas,
            List<String> equipment,
            @Schema(description = "Whether the numbers apply to each side") Boolean perSide,
            @Schema(description = "The prescription in effect: the routine's own, else the catalog default") Prescription prescription,
            @Schema(description = "routine (an override) or catalog (the exercise's default)") String prescriptionSource,
            int restSeconds,
            boolean retired) {
    }
}
