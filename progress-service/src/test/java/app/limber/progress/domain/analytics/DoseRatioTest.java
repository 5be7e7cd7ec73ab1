package app.limber.progress.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.SessionPrescription;
import app.limber.progress.domain.SessionPrescription.Range;

/** Done ÷ prescribed minimum per dimension, capped at 1.5, averaged over the dimensions the item prescribes. */
class DoseRatioTest {

    private static final SessionPrescription.Item SQUATS = new SessionPrescription.Item(1, "sumo-squat", false,
            new Range(3, 4), new Range(10, 12), null, null);
    private static final SessionPrescription.Item CLAMSHELLS = new SessionPrescription.Item(2, "clamshells", true,
            new Range(2, 3), new Range(10, 15), null, null);
    private static final SessionPrescription.Item PLANK = new SessionPrescription.Item(3, "plank", false,
            new Range(2, 2), null, new Range(30, 45), null);
    private static final SessionPrescription.Item ROLLING = new SessionPrescription.Item(4, "foam-rolling", true,
            null, null, null, new Range(60, 120));

    private static ExerciseFact logged(SessionPrescription.Item item, String side, int sets, int reps, int hold) {
        return new ExerciseFact(List.of("glutes"), sets, reps, hold, item.exerciseSlug(), side, true, item.position());
    }

    private static BigDecimal ratio(String text) {
        return new BigDecimal(text);
    }

    @Test
    void theFullPrescribedMinimumIsOne() {
        assertEquals(ratio("1.0000"), DoseRatio.of(SQUATS, 1, List.of(logged(SQUATS, "none", 3, 10, 0))));
    }

    @Test
    void eachDimensionCountsForItsShare() {
        // 2 of 3 sets (0.6667) of 10 reps (1.0): the mean
        assertEquals(ratio("0.8333"), DoseRatio.of(SQUATS, 1, List.of(logged(SQUATS, "none", 2, 10, 0))));
        // 3 sets (1.0) of 5 reps (0.5)
        assertEquals(ratio("0.7500"), DoseRatio.of(SQUATS, 1, List.of(logged(SQUATS, "none", 3, 5, 0))));
    }

    @Test
    void eachDimensionIsCappedAtOneAndAHalf() {
        // 9 sets would be 3.0, 30 reps 3.0: both capped
        assertEquals(ratio("1.5000"), DoseRatio.of(SQUATS, 1, List.of(logged(SQUATS, "none", 9, 30, 0))));
        // doing far more sets cannot make up for too few reps: 1.5 and 0.5
        assertEquals(ratio("1.0000"), DoseRatio.of(SQUATS, 1, List.of(logged(SQUATS, "none", 9, 5, 0))));
    }

    @Test
    void aPerSideItemCountsEachSideAsLogged() {
        // 2 sets each side of 2 × 2 prescribed
        assertEquals(ratio("1.0000"), DoseRatio.of(CLAMSHELLS, 1, List.of(logged(CLAMSHELLS, "left", 2, 10, 0),
                logged(CLAMSHELLS, "right", 2, 10, 0))));
        // one entry for both sides counts its sets on each side
        assertEquals(ratio("1.0000"), DoseRatio.of(CLAMSHELLS, 1, List.of(logged(CLAMSHELLS, "both", 2, 10, 0))));
        // the left side only: half the sets, full reps
        assertEquals(ratio("0.7500"), DoseRatio.of(CLAMSHELLS, 1, List.of(logged(CLAMSHELLS, "left", 2, 10, 0))));
    }

    @Test
    void repsAreAveragedOverEveryLoggedSet() {
        // 2 sets of 15 on the left, 2 of 5 on the right: 10 reps a set on average
        assertEquals(ratio("1.0000"), DoseRatio.of(CLAMSHELLS, 1, List.of(logged(CLAMSHELLS, "left", 2, 15, 0),
                logged(CLAMSHELLS, "right", 2, 5, 0))));
    }

    @Test
    void theSetsOfEveryRoundAreAsked() {
        // two rounds of 3 sets: 3 sets logged once is half the sets
        assertEquals(ratio("0.7500"), DoseRatio.of(SQUATS, 2, List.of(logged(SQUATS, "none", 3, 10, 0))));
        assertEquals(ratio("1.0000"), DoseRatio.of(SQUATS, 2, List.of(logged(SQUATS, "none", 3, 10, 0),
                logged(SQUATS, "none", 3, 10, 0))));
    }

    @Test
    void holdsAndTimedItemsCompareTheLoggedHoldPerSet() {
        // 2 sets (1.0) held 15 s of 30 (0.5)
        assertEquals(ratio("0.7500"), DoseRatio.of(PLANK, 1, List.of(logged(PLANK, "none", 2, 0, 15))));
        // a timed per-side item: 90 s a side of 60
        assertEquals(ratio("1.5000"), DoseRatio.of(ROLLING, 1, List.of(logged(ROLLING, "left", 1, 0, 90),
                logged(ROLLING, "right", 1, 0, 90))));
    }

    @Test
    void anItemNotLoggedOrPrescribingNothingMeasurableHasNoRatio() {
        assertNull(DoseRatio.of(SQUATS, 1, List.of()));
        SessionPrescription.Item unknown = new SessionPrescription.Item(5, "new-move", false, null, null, null, null);
        assertNull(DoseRatio.of(unknown, 1, List.of(logged(unknown, "none", 3, 10, 0))));
    }

    @Test
    void loggingNoSetIsADoseOfNothing() {
        assertEquals(ratio("0.0000"), DoseRatio.of(SQUATS, 1, List.of(logged(SQUATS, "none", 0, 0, 0))));
    }
}
