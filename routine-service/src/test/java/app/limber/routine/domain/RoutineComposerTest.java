package app.limber.routine.domain;

import app.limber.routine.support.SeedCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutineComposerTest {

    private static final List<ExerciseSnapshot> CATALOG = SeedCatalog.exercises();
    private static final Set<String> ALL_EQUIPMENT = Set.copyOf(Vocabulary.EQUIPMENT);

    private static Composition compose(Purpose purpose, int minutes, Set<String> equipment, Set<String> targets) {
        return RoutineComposer.compose(new CompositionRequest(purpose, minutes, equipment, targets), CATALOG);
    }

    private static void assertFits(Composition composition, int minutes) {
        DurationEstimate estimate = composition.estimate();
        assertEquals(estimate.minSeconds(), estimate.maxSeconds(), "a proposal has fixed amounts");
        int seconds = estimate.minSeconds();
        assertTrue(seconds >= minutes * 60 * 0.9 && seconds <= minutes * 60 * 1.1,
                seconds + " s is not within 10 % of " + minutes + " min");
    }

    @ParameterizedTest
    @CsvSource({"warm-up,5", "warm-up,10", "warm-up,20", "cooldown,5", "cooldown,15", "cooldown,30", "strength,10",
            "strength,30", "strength,60", "mobility,10", "mobility,25", "recovery,10", "recovery,40"})
    void fillsTheMinutesWithinTenPercentWithoutEquipment(String purpose, int minutes) {
        Composition composition = compose(Purpose.fromTerm(purpose), minutes, Set.of(), Set.of());
        assertFits(composition, minutes);
        assertTrue(composition.items().stream().allMatch(i -> i.exercise().equipment().equals(List.of("none"))),
                "only moves that need no equipment");
    }

    @Test
    void theSameRequestGivesTheSameRoutine() {
        Composition first = compose(Purpose.MOBILITY, 20, Set.of("strap"), Set.of("hamstrings", "hips"));
        List<ExerciseSnapshot> shuffled = new ArrayList<>(CATALOG);
        Collections.reverse(shuffled);
        Composition again = RoutineComposer.compose(new CompositionRequest(Purpose.MOBILITY, 20, Set.of("strap"),
                Set.of("hips", "hamstrings")), shuffled);
        assertEquals(first, again);
    }

    @Test
    void usesOnlyTheEquipmentGivenAndNoneEquipmentMoves() {
        Composition composition = compose(Purpose.COOLDOWN, 20, Set.of("foam-roller"), Set.of("it-band"));
        Set<String> used = composition.items().stream().flatMap(i -> i.exercise().equipment().stream()).collect(Collectors.toSet());
        assertTrue(Set.of("none", "foam-roller").containsAll(used), "used " + used);
        assertTrue(slugs(composition).contains("it-band-foam-roll"));
        assertFits(composition, 20);
    }

    @Test
    void coversEveryTarget() {
        Set<String> targets = Set.of("glutes", "calves", "obliques", "adductors", "core");
        Composition composition = compose(Purpose.STRENGTH, 30, ALL_EQUIPMENT, targets);
        Set<String> worked = composition.items().stream().flatMap(i -> i.exercise().targetAreas().stream())
                .collect(Collectors.toSet());
        assertTrue(worked.containsAll(targets), "worked " + worked);
        assertFits(composition, 30);
    }

    @Test
    void aWarmUpUsesDynamicMovesAndActivationAndEndsStanding() {
        Composition composition = compose(Purpose.WARM_UP, 10, ALL_EQUIPMENT, Set.of("hip-flexors", "glutes"));
        List<String> categories = composition.items().stream().map(i -> i.exercise().category()).toList();
        assertFalse(categories.contains("stretch") || categories.contains("self-massage"), "no static work: " + categories);
        assertTrue(categories.contains("dynamic-mobility"));
        assertEquals(categories.stream().sorted((a, b) -> a.equals(b) ? 0 : a.equals("strength") ? -1 : 1).toList(),
                categories, "activation before the drills");
        assertEquals("standing", composition.items().get(composition.items().size() - 1).exercise().position());
        assertTrue(composition.items().stream().allMatch(i -> i.prescription().sets().max() == 1), "one set each in a warm-up");
    }

    @Test
    void aCooldownStretchesFirstThenMassages() {
        Composition composition = compose(Purpose.COOLDOWN, 25, ALL_EQUIPMENT, Set.of("it-band", "hip-flexors", "hamstrings"));
        List<String> categories = composition.items().stream().map(i -> i.exercise().category()).toList();
        assertTrue(Set.of("stretch", "self-massage").containsAll(categories));
        int lastStretch = categories.lastIndexOf("stretch");
        int firstMassage = categories.indexOf("self-massage");
        assertTrue(firstMassage < 0 || lastStretch < firstMassage, "stretches before self-massage: " + categories);
    }

    @Test
    void neverProposesARetiredExercise() {
        List<ExerciseSnapshot> catalog = CATALOG.stream()
                .map(e -> e.slug().equals("leg-swings") ? new ExerciseSnapshot(e.slug(), 2, e.name(), e.category(), e.targetAreas(),
                        e.equipment(), e.position(), e.perSide(), e.prescription(), true) : e)
                .toList();
        Composition composition = RoutineComposer.compose(new CompositionRequest(Purpose.WARM_UP, 15, Set.of(),
                Set.of("adductors", "abductors")), catalog);
        assertFalse(slugs(composition).contains("leg-swings"));
    }

    @Test
    void toleratesSnapshotsWithoutCategoryOrPosition() {
        List<ExerciseSnapshot> catalog = new ArrayList<>(CATALOG);
        ExerciseSnapshot clams = SeedCatalog.exercise("clamshells");
        catalog.add(new ExerciseSnapshot("odd-one", 1, "Odd One", null, clams.targetAreas(), List.of("none"), null, false,
                clams.prescription(), false));
        catalog.add(new ExerciseSnapshot("odd-two", 1, "Odd Two", "strength", clams.targetAreas(), List.of("none"), null, false,
                clams.prescription(), false));
        Composition composition = RoutineComposer.compose(new CompositionRequest(Purpose.STRENGTH, 20, Set.of(),
                Set.of("abductors")), catalog);
        assertFalse(slugs(composition).contains("odd-one"));
        assertFits(composition, 20);
    }

    @Test
    void aTargetThePurposeCannotWorkIsImpossible() {
        CompositionImpossibleException e = assertThrows(CompositionImpossibleException.class,
                () -> compose(Purpose.MOBILITY, 15, ALL_EQUIPMENT, Set.of("it-band")));
        assertTrue(e.getMessage().contains("it-band"), e.getMessage());
    }

    @Test
    void tooFewMinutesForTheTargetsIsImpossible() {
        CompositionImpossibleException e = assertThrows(CompositionImpossibleException.class,
                () -> compose(Purpose.STRENGTH, 2, Set.of(), Set.of("glutes", "calves", "obliques", "adductors", "shoulders")));
        assertTrue(e.getMessage().contains("takes at least"), e.getMessage());
    }

    @Test
    void tooManyMinutesForWhatIsAvailableIsImpossible() {
        CompositionImpossibleException e = assertThrows(CompositionImpossibleException.class,
                () -> compose(Purpose.WARM_UP, 120, Set.of(), Set.of()));
        assertTrue(e.getMessage().contains("cannot fill 120 minutes"), e.getMessage());
    }

    @Test
    void equipmentThatNoMoveOfThePurposeAllowsIsImpossible() {
        List<ExerciseSnapshot> onlyRollers = CATALOG.stream().filter(e -> e.equipment().contains("foam-roller")).toList();
        assertThrows(CompositionImpossibleException.class, () -> RoutineComposer.compose(
                new CompositionRequest(Purpose.STRENGTH, 10, Set.of("foam-roller"), Set.of()), onlyRollers));
    }

    private static List<String> slugs(Composition composition) {
        return composition.items().stream().map(i -> i.exercise().slug()).toList();
    }
}
