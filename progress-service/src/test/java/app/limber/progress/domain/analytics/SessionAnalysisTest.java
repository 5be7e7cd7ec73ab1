package app.limber.progress.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.SessionPrescription;
import app.limber.progress.domain.SessionPrescription.Range;

/** Completion, skips, dose and drop-off of one session, item by item and exercise by exercise. */
class SessionAnalysisTest {

    private static final UUID ROUTINE = UUID.fromString("e3a6f0d4-8b21-4c57-a9e2-6d4b1f8c0a95");
    private static final SessionPrescription PRESCRIPTION = new SessionPrescription(1, 1, List.of(
            new SessionPrescription.Item(1, "leg-swings", true, new Range(1, 1), new Range(10, 15), null, null),
            new SessionPrescription.Item(2, "clamshells", true, new Range(2, 3), new Range(10, 15), null, null),
            new SessionPrescription.Item(3, "glute-bridge", false, new Range(2, 3), new Range(10, 12), null, null),
            new SessionPrescription.Item(4, "clamshells", false, new Range(1, 1), new Range(20, 20), null, null)));

    private static ExerciseFact entry(String slug, String side, int sets, int reps, boolean completed, Integer item) {
        return new ExerciseFact(List.of("hips"), sets, reps, 0, slug, side, completed, item);
    }

    private static SessionFact session(SessionPrescription prescription, ExerciseFact... exercises) {
        return new SessionFact(UUID.randomUUID(), ROUTINE, null, Instant.parse("2026-11-29T22:30:00Z"),
                ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 11, 29), 900, List.of(exercises), 6, 2, prescription);
    }

    @Test
    void anItemIsCompletedWhenLoggedAndEveryEntryOfItIsCompleted() {
        SessionAnalysis analysis = SessionAnalysis.of(session(PRESCRIPTION,
                entry("leg-swings", "left", 1, 10, true, 1), entry("leg-swings", "right", 1, 10, true, 1),
                entry("clamshells", "left", 2, 10, true, 2), entry("clamshells", "right", 1, 10, false, 2)));

        assertEquals(List.of(
                new ItemOutcome(1, "leg-swings", true, new BigDecimal("1.0000"), true),
                new ItemOutcome(2, "clamshells", false, new BigDecimal("0.8750"), false),
                new ItemOutcome(3, "glute-bridge", false, null, false),
                new ItemOutcome(4, "clamshells", false, null, false)), analysis.items());
    }

    @Test
    void theSessionDropsOffAtItsLastCompletedItem() {
        SessionAnalysis analysis = SessionAnalysis.of(session(PRESCRIPTION,
                entry("leg-swings", "both", 1, 10, true, 1), entry("glute-bridge", "none", 2, 10, true, 3),
                entry("clamshells", "both", 1, 20, false, 4)));

        assertEquals(List.of(false, false, true, false), analysis.items().stream().map(ItemOutcome::dropOff).toList());
        assertEquals(OptionalInt.of(3), DropOff.lastCompletedPosition(analysis.items()));
    }

    @Test
    void aSessionThatCompletedNothingDropsOffNowhere() {
        SessionAnalysis analysis = SessionAnalysis.of(session(PRESCRIPTION, entry("leg-swings", "both", 1, 5, false, 1)));

        assertEquals(OptionalInt.empty(), DropOff.lastCompletedPosition(analysis.items()));
        assertEquals(List.of(false, false, false, false), analysis.items().stream().map(ItemOutcome::dropOff).toList());
    }

    @Test
    void anExerciseCountsOncePerSessionWithTheMeanDoseOfItsItems() {
        SessionAnalysis analysis = SessionAnalysis.of(session(PRESCRIPTION,
                entry("leg-swings", "both", 1, 10, true, 1), entry("clamshells", "both", 2, 10, true, 2),
                entry("clamshells", "none", 1, 10, true, 4), entry("plank", "none", 1, 0, true, null)));

        // clamshells: item 2 at 1.0, item 4 at (1.0 + 0.5) / 2; plank was logged outside the prescription
        assertEquals(List.of(
                new ExerciseOutcome("leg-swings", true, new BigDecimal("1.0000"), 6, 2),
                new ExerciseOutcome("clamshells", true, new BigDecimal("0.8750"), 6, 2),
                new ExerciseOutcome("glute-bridge", false, null, 6, 2),
                new ExerciseOutcome("plank", true, null, 6, 2)), analysis.exercises());
    }

    @Test
    void aSessionWithoutPrescriptionCountsForItsExercisesOnly() {
        SessionAnalysis analysis = SessionAnalysis.of(session(null,
                entry("leg-swings", "left", 1, 10, true, null), entry("leg-swings", "right", 1, 10, false, null)));

        assertEquals(List.of(), analysis.items());
        assertEquals(List.of(new ExerciseOutcome("leg-swings", false, null, 6, 2)), analysis.exercises());
        assertEquals(IsoWeek.parse("2026-W48"), analysis.week(), "the ISO week of the session's own day");
    }
}
