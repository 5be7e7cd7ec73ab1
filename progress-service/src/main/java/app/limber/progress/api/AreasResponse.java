package app.limber.progress.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Training volume per target area over all of the user's sessions, areas in name order. Each "
        + "exercise entry credits every area it lists in full (areas overlap, they are not shares); work counts as "
        + "logged whether or not the entry was marked completed; left and right entries add up.")
public record AreasResponse(List<Area> areas) {

    public record Area(
            String area,
            @Schema(description = "Sessions with at least one entry for the area") int sessions,
            @Schema(description = "Sum of setsDone") long sets,
            @Schema(description = "Sum of setsDone × repsDone") long reps,
            @Schema(description = "Sum of setsDone × holdSeconds") long holdSeconds) {
    }
}
