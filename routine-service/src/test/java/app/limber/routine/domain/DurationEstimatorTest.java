package app.limber.routine.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationEstimatorTest {

    private static Prescription reps(int setsMin, int setsMax, int repsMin, int repsMax) {
        return new Prescription(Range.of(setsMin, setsMax), Range.of(repsMin, repsMax), null, null, false);
    }

    @Test
    void aRepTakesThreeSecondsPlusItsHold() {
        Prescription p = new Prescription(Range.exactly(1), Range.of(10, 12), Range.of(2, 3), null, false);
        DurationEstimate estimate = DurationEstimator.estimate(Range.exactly(1), List.of(new DurationEstimator.Item(p, false, 0)));
        assertEquals(10 * (3 + 2), estimate.minSeconds());
        assertEquals(12 * (3 + 3), estimate.maxSeconds());
        assertTrue(estimate.complete());
    }

    @Test
    void perSideWorkCountsTwiceAndEachSetIsFollowedByItsRest() {
        Prescription p = reps(2, 3, 10, 15);
        DurationEstimate estimate = DurationEstimator.estimate(Range.exactly(1), List.of(new DurationEstimator.Item(p, true, 45)));
        assertEquals(2 * (2 * 30 + 45), estimate.minSeconds());
        assertEquals(3 * (2 * 45 + 45), estimate.maxSeconds());
    }

    @Test
    void roundsMultiplyTheWholeList() {
        Prescription hold = new Prescription(null, null, Range.of(30, 60), null, false);
        Prescription drill = new Prescription(null, null, null, Range.of(20, 30), false);
        List<DurationEstimator.Item> items = List.of(new DurationEstimator.Item(hold, true, 10),
                new DurationEstimator.Item(drill, false, 5));
        DurationEstimate estimate = DurationEstimator.estimate(Range.of(1, 2), items);
        assertEquals((2 * 30 + 10) + (20 + 5), estimate.minSeconds());
        assertEquals(2 * ((2 * 60 + 10) + (30 + 5)), estimate.maxSeconds());
    }

    @Test
    void durationWinsOverRepsAndAnEmptyPrescriptionIsThirtySecondsASet() {
        Prescription both = new Prescription(Range.exactly(1), Range.exactly(10), null, Range.exactly(40), false);
        Prescription empty = new Prescription(Range.exactly(2), null, null, null, null);
        assertEquals(40, DurationEstimator.itemSeconds(new DurationEstimator.Item(both, false, 0), true));
        assertEquals(2 * DurationEstimator.SECONDS_PER_UNPRESCRIBED_SET,
                DurationEstimator.itemSeconds(new DurationEstimator.Item(empty, false, 0), true));
    }

    @Test
    void absurdPrescriptionsSaturateInsteadOfOverflowing() {
        Prescription huge = new Prescription(Range.exactly(3600), Range.exactly(3600), Range.exactly(3600), null, true);
        DurationEstimate estimate = DurationEstimator.estimate(Range.exactly(10), List.of(
                new DurationEstimator.Item(huge, true, 600), new DurationEstimator.Item(huge, true, 600)));
        assertEquals(Integer.MAX_VALUE, estimate.maxSeconds());
    }

    @Test
    void anUnknownExerciseLeavesTheEstimateIncompleteAndAddsNothing() {
        DurationEstimate estimate = DurationEstimator.estimate(Range.exactly(1), List.of(
                new DurationEstimator.Item(reps(1, 1, 10, 10), false, 0),
                new DurationEstimator.Item(null, false, 30)));
        assertFalse(estimate.complete());
        assertEquals(30, estimate.minSeconds());
        assertEquals(30, estimate.maxSeconds());
    }
}
