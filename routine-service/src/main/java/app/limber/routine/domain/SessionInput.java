package app.limber.routine.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A completed session as a user reports it; {@code planId}, {@code effort} and {@code discomfort} may be null. */
public record SessionInput(UUID routineId, UUID planId, Instant startedAt, Instant completedAt, String timeZone,
                           List<ExerciseResult> exercises, Integer effort, Integer discomfort) {

    public SessionInput {
        exercises = List.copyOf(exercises);
    }

    /** What was done of one exercise; absent counts are 0, absent {@code completed} is true. */
    public record ExerciseResult(String exerciseSlug, String side, Integer setsDone, Integer repsDone,
                                 Integer holdSeconds, Boolean completed) {

        public SessionExercise done() {
            return new SessionExercise(exerciseSlug, side, orZero(setsDone), orZero(repsDone), orZero(holdSeconds),
                    completed == null || completed);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }
}
