package app.limber.progress.domain;

import java.util.List;
import java.util.Objects;

/**
 * What progress knows of one exercise entry of a completed session.
 *
 * @param repsDone     reps per set, 0 when the exercise is not counted in reps
 * @param holdSeconds  hold per set, 0 when the exercise is not held
 * @param exerciseSlug the exercise; null only in facts stored before progress kept it
 * @param side         both, left, right or none; null where {@code exerciseSlug} is
 * @param itemPosition the prescribed item the entry belongs to, or null (no prescription, or not in it)
 */
public record ExerciseFact(List<String> targetAreas, int setsDone, int repsDone, int holdSeconds, String exerciseSlug,
                           String side, boolean completed, Integer itemPosition) {

    public ExerciseFact {
        targetAreas = List.copyOf(Objects.requireNonNull(targetAreas, "targetAreas"));
        if (setsDone < 0 || repsDone < 0 || holdSeconds < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** An entry known only by its volume. */
    public ExerciseFact(List<String> targetAreas, int setsDone, int repsDone, int holdSeconds) {
        this(targetAreas, setsDone, repsDone, holdSeconds, null, null, true, null);
    }
}
