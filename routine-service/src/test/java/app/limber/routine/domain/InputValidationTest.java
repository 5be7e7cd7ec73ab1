package app.limber.routine.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of routine, plan, session and composition input, as the service applies them before saving anything. */
class InputValidationTest {

    private static final ExerciseSnapshot CLAMSHELLS = new ExerciseSnapshot("clamshells", 1, "Clamshells", "strength",
            List.of("glutes"), List.of("none"), "side-lying", true, null, false);
    private static final ExerciseSnapshot RETIRED = new ExerciseSnapshot("sumo-squat", 3, "Sumo Squat", "strength",
            List.of("adductors"), List.of("none"), "standing", false, null, true);
    private static final Map<String, ExerciseSnapshot> CATALOG = Map.of("clamshells", CLAMSHELLS, "sumo-squat", RETIRED);
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void aRoutineGetsOneRoundAndNoRestUnlessToldAndItsNameTrimmed() {
        RoutineContent content = RoutineValidator.validate(routine(null, item("clamshells", null)), CATALOG);
        assertEquals(new RoutineContent("Evening", null, Purpose.MOBILITY, Range.exactly(1),
                List.of(new RoutineItem("clamshells", null, 0))), content);
    }

    @Test
    void aRoutineNamesTheFirstBrokenRule() {
        assertInvalid("rounds", "must satisfy 1 <= min <= max <= 10",
                () -> RoutineValidator.validate(routine(Range.of(1, 11), item("clamshells", null)), CATALOG));
        assertInvalid("items[1].exerciseSlug", "is not in the catalog",
                () -> RoutineValidator.validate(routine(null, item("clamshells", null), item("moonwalk", null)), CATALOG));
        assertInvalid("items[0].exerciseSlug", "has been retired from the catalog",
                () -> RoutineValidator.validate(routine(null, item("sumo-squat", null)), CATALOG));
        Prescription backwards = new Prescription(null, Range.of(15, 10), null, null, null);
        assertInvalid("items[0].prescription.reps", "min must not exceed max",
                () -> RoutineValidator.validate(routine(null, item("clamshells", backwards)), CATALOG));
        Prescription tooManySets = new Prescription(Range.of(1, 21), null, null, null, null);
        assertInvalid("items[0].prescription.sets.max", "must be at most 20",
                () -> RoutineValidator.validate(routine(null, item("clamshells", tooManySets)), CATALOG));
    }

    @Test
    void aPlanNamesTheFirstBrokenRuleAndItsRoutineLast() {
        LocalDate start = LocalDate.parse("2026-11-16");
        assertInvalid("timeZone", TimeZones.MUST_BE_IANA,
                () -> PlanValidator.validate(new PlanInput(UUID.randomUUID(), 3, "+01:00", start, start.minusDays(1)), false, NOW));
        assertInvalid("endsOn", "must not be before startsOn",
                () -> PlanValidator.validate(new PlanInput(UUID.randomUUID(), 3, "UTC", start, start.minusDays(1)), false, NOW));
        assertInvalid("routineId", "no such routine",
                () -> PlanValidator.validate(new PlanInput(UUID.randomUUID(), 3, "UTC", start, null), false, NOW));
        PlanValidator.validate(new PlanInput(UUID.randomUUID(), 3, "UTC", start, null), true, NOW);
    }

    @Test
    void aPlanStartsAtMostAYearFromTodayInItsZone() {
        // NOW is 2026-11-21 12:00 UTC: already 2026-11-22 in Auckland, still 2026-11-21 in Honolulu
        assertInvalid("startsOn", "must be a date from 2025-11-21 to 2027-11-21",
                () -> PlanValidator.validate(plan("Pacific/Honolulu", LocalDate.of(1999, 1, 1)), true, NOW));
        assertInvalid("startsOn", "must be a date from 2025-11-22 to 2027-11-22",
                () -> PlanValidator.validate(plan("Pacific/Auckland", LocalDate.of(2025, 11, 21)), true, NOW));
        assertInvalid("startsOn", "must be a date from 2025-11-21 to 2027-11-21",
                () -> PlanValidator.validate(plan("Pacific/Honolulu", LocalDate.of(2027, 11, 22)), true, NOW));
        PlanValidator.validate(plan("Pacific/Honolulu", LocalDate.of(2025, 11, 21)), true, NOW);
        PlanValidator.validate(plan("Pacific/Auckland", LocalDate.of(2027, 11, 22)), true, NOW);
    }

    @Test
    void aSessionNamesEveryBrokenRuleInOrder() {
        SessionInput session = new SessionInput(UUID.randomUUID(), UUID.randomUUID(), NOW, NOW.minusSeconds(60),
                "Mars/Olympus", List.of(result("clamshells"), result("moonwalk")), null, null);
        RoutineException refused = assertThrows(RoutineException.class,
                () -> SessionValidator.validate(session, NOW, false, false, CATALOG));
        assertEquals(List.of(
                new Violation("timeZone", TimeZones.MUST_BE_IANA),
                new Violation("completedAt", "must not be before startedAt"),
                new Violation("routineId", "no such routine"),
                new Violation("planId", "no such plan"),
                new Violation("exercises[1].exerciseSlug", "is not in the catalog")), refused.violations());
        assertEquals(RoutineException.Reason.INVALID, refused.reason());
    }

    @Test
    void aSessionExerciseCountsAbsentAmountsAsZeroAndAsCompleted() {
        assertEquals(new SessionExercise("clamshells", "left", 0, 0, 0, true), result("clamshells").done());
    }

    @Test
    void aCompositionNamesTheFirstTermOutsideTheVocabularyByItsPosition() {
        assertInvalid("equipment[1]", "unknown value 'kettlebell'; one of " + String.join(", ", Vocabulary.EQUIPMENT),
                () -> CompositionRequest.checked(Purpose.WARM_UP, 10, List.of("none", "kettlebell"), List.of("necks")));
        assertInvalid("targets[0]", "unknown value 'necks'; one of " + String.join(", ", Vocabulary.TARGET_AREAS),
                () -> CompositionRequest.checked(Purpose.WARM_UP, 10, null, List.of("necks")));
        assertEquals(new CompositionRequest(Purpose.WARM_UP, 10, Set.of(), Set.of("glutes")),
                CompositionRequest.checked(Purpose.WARM_UP, 10, null, List.of("glutes", "glutes")));
    }

    private static PlanInput plan(String zone, LocalDate startsOn) {
        return new PlanInput(UUID.randomUUID(), 3, zone, startsOn, null);
    }

    private static RoutineInput routine(Range rounds, RoutineInput.Item... items) {
        return new RoutineInput("  Evening ", null, Purpose.MOBILITY, null, rounds, List.of(items));
    }

    private static RoutineInput.Item item(String slug, Prescription prescription) {
        return new RoutineInput.Item(slug, prescription, null);
    }

    private static SessionInput.ExerciseResult result(String slug) {
        return new SessionInput.ExerciseResult(slug, "left", null, null, null, null);
    }

    private static void assertInvalid(String field, String message, Executable validation) {
        RoutineException refused = assertThrows(RoutineException.class, validation);
        assertEquals(List.of(new Violation(field, message)), refused.violations());
    }
}
