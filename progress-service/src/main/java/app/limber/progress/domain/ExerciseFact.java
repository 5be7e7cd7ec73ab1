package app.limber.progress.domain;

import java.util.List;
import java.util.Objects;

/**
 * The part of one exercise entry of a completed session that progress needs for volume.
 *
 * @param repsDone    reps per set, 0 when the exercise is not counted in reps
 * @param holdSeconds hold per set, 0 when the exercise is not held
 */
public record ExerciseFact(List<String> targetAreas, int setsDone, int repsDone, int holdSeconds) {

    public ExerciseFact {
        targetAreas = List.copyOf(Objects.requireNonNull(targetAreas, "targetAreas"));
        if (setsDone < 0 || repsDone < 0 || holdSeconds < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
