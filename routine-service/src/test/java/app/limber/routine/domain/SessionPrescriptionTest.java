package app.limber.routine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which prescribed item each logged exercise belongs to. */
class SessionPrescriptionTest {

    private static SessionPrescription routine(String... slugs) {
        List<SessionPrescription.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < slugs.length; i++) {
            items.add(new SessionPrescription.Item(i + 1, slugs[i], false, Range.exactly(2), Range.of(8, 12), null, null));
        }
        return new SessionPrescription(Range.of(1, 2), items);
    }

    private static SessionExercise logged(String slug, String side) {
        return new SessionExercise(slug, side, 2, 10, 0, true);
    }

    @Test
    void eachExerciseBelongsToTheItemOfItsSlug() {
        assertEquals(List.of(2, 1), routine("bridge", "squat").positionsOf(
                List.of(logged("squat", "none"), logged("bridge", "none"))));
    }

    @Test
    void theLeftAndRightEntriesOfAPerSideItemShareIt() {
        assertEquals(List.of(1, 1, 2), routine("clamshells", "bridge").positionsOf(
                List.of(logged("clamshells", "left"), logged("clamshells", "right"), logged("bridge", "none"))));
    }

    @Test
    void anExerciseTheRoutineRepeatsFillsItsItemsInTurnRoundAfterRound() {
        assertEquals(List.of(1, 2, 3, 1, 2, 3), routine("squat", "bridge", "squat").positionsOf(List.of(
                logged("squat", "none"), logged("bridge", "none"), logged("squat", "none"),
                logged("squat", "none"), logged("bridge", "none"), logged("squat", "none"))));
    }

    @Test
    void anExerciseOutsideTheRoutineBelongsToNoItem() {
        assertEquals(Arrays.asList(1, null), routine("squat").positionsOf(
                List.of(logged("squat", "none"), logged("plank", "none"))));
    }
}
