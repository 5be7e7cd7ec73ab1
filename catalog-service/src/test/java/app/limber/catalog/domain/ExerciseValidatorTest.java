package app.limber.catalog.domain;

import app.limber.catalog.domain.ExerciseInput.PrescriptionInput;
import app.limber.catalog.domain.ExerciseInput.RangeInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExerciseValidatorTest {

    private static ExerciseInput input(List<String> targets, List<String> equipment, PrescriptionInput prescription) {
        return new ExerciseInput("calf-drop", " Calf Drop ", null, "Heels below the step.", List.of("Drop the heels."),
                null, null, "stretch", targets, equipment, "standing", false, prescription, null);
    }

    private static List<String> fields(ExerciseInput input) {
        return assertThrows(InvalidExerciseException.class, () -> ExerciseValidator.validate(input))
                .violations().stream().map(Violation::field).toList();
    }

    private static final PrescriptionInput HOLD = new PrescriptionInput(null, null, new RangeInput(20, 30), null, null);

    @Test
    void aValidInputBecomesContentWithTermsAndDefaults() {
        ExerciseContent content = ExerciseValidator.validate(input(List.of("calves"), List.of("step-or-bench"), HOLD));
        assertEquals("Calf Drop", content.name());
        assertEquals(List.of(TargetArea.CALVES), content.targetAreas());
        assertEquals(List.of(Equipment.STEP_OR_BENCH), content.equipment());
        assertEquals(new Prescription(null, null, new Range(20, 30), null, false), content.prescription());
        assertEquals(List.of(), content.aliases());
    }

    @Test
    void repeatedTermsAndNoneWithOthersAreRefused() {
        assertEquals(List.of("targetAreas[1]", "equipment"),
                fields(input(List.of("calves", "calves"), List.of("none", "strap"), HOLD)));
    }

    @Test
    void aFixedAmountIsARange() {
        PrescriptionInput fixed = new PrescriptionInput(new RangeInput(3, 3), new RangeInput(10, 10), null, null, false);
        ExerciseContent content = ExerciseValidator.validate(input(List.of("calves"), List.of("none"), fixed));
        assertEquals(new Range(3, 3), content.prescription().sets());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ExerciseInput broken = new ExerciseInput(null, "", List.of(""), null, null, null, null, "cardio", List.of(),
                List.of("anvil"), null, null, new PrescriptionInput(new RangeInput(4, 1), null, null, null, true), null);
        assertEquals(List.of("name", "aliases[0]", "summary", "steps", "category", "targetAreas", "equipment[0]",
                "position", "perSide", "prescription.sets", "prescription.perSide"), fields(broken));
    }

    @Test
    void nullBodyIsNamed() {
        assertEquals(List.of("body"), fields(null));
    }

    @Test
    void slugRules() {
        assertEquals(true, Slugs.isValid("90-90-hip-switches"));
        assertEquals(false, Slugs.isValid("half--pigeon"));
        assertEquals(false, Slugs.isValid("a".repeat(81)));
    }
}
