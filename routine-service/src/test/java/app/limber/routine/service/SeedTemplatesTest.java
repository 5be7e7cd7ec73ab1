package app.limber.routine.service;

import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.persistence.Routine;
import app.limber.routine.seed.SeedLoader;
import app.limber.routine.seed.SeedTemplate;
import app.limber.routine.support.SeedCatalog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four article templates of seed/routines.yaml, expanded over the catalog's seed exercises. */
class SeedTemplatesTest {

    private static final Map<String, ExerciseSnapshot> CATALOG = SeedCatalog.exercises().stream()
            .collect(Collectors.toMap(ExerciseSnapshot::slug, Function.identity()));

    private static Routine routine(SeedTemplate seed) {
        Routine routine = new Routine();
        routine.describe(seed.content(), Instant.now());
        return routine;
    }

    private static SeedTemplate template(String slug) {
        return SeedLoader.read().stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void everyTemplateExerciseIsACatalogExercise() {
        List<String> missing = SeedLoader.read().stream().flatMap(r -> r.content().items().stream())
                .map(RoutineItem::exerciseSlug).filter(s -> !CATALOG.containsKey(s)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theWarmUpKeepsTheArticlesOrderAndTakesSixToTenMinutes() {
        ExpandedRoutine warmUp = ExpandedRoutine.of(routine(template("hip-mobility-exercises-for-runners")), CATALOG);
        assertEquals(List.of("single-leg-deadlift", "butt-kicks", "clamshells", "side-steps", "sumo-squat", "knee-drives",
                "leg-swings"), warmUp.steps().stream().map(s -> s.item().exerciseSlug()).toList());
        // single-leg deadlift, own prescription: 1 set x (2 sides x 6 reps x (3 s + 2 s hold) + 10 s rest) = 70 s ...
        // 70 + 30 + 70 + 70 + 40 + 34 + 70 = 384 s at the low end; 612 s at the high end
        assertEquals(384, warmUp.estimate().minSeconds());
        assertEquals(612, warmUp.estimate().maxSeconds());
        assertTrue(warmUp.estimate().complete());
        assertTrue(warmUp.steps().get(0).overridden() && !warmUp.steps().get(1).overridden());
        assertTrue(warmUp.steps().get(0).perSide() && !warmUp.steps().get(1).perSide());
    }

    @Test
    void theOtherTemplatesDurations() {
        assertEquals(List.of(585, 1505), minMax("hip-mobility-stretches-for-runners"));
        // one or two rounds of seven 30-60 s moves
        assertEquals(List.of(370, 1340), minMax("seven-move-mobility-circuit"));
        assertEquals(List.of(2605, 4950), minMax("hip-strengthening-routine"));
    }

    @Test
    void withoutTheReadModelATemplateStillExpandsAndSaysWhatItDoesNotKnow() {
        ExpandedRoutine circuit = ExpandedRoutine.of(routine(template("seven-move-mobility-circuit")), Map.of());
        assertEquals(7, circuit.unknownSlugs().size());
        // every item carries its own prescription, so the estimate needs no catalog
        assertTrue(circuit.estimate().complete());
        assertEquals(370, circuit.estimate().minSeconds());
        ExpandedRoutine strength = ExpandedRoutine.of(routine(template("hip-strengthening-routine")), Map.of());
        assertFalse(strength.estimate().complete());
        assertEquals(12, strength.unknownSlugs().size());
        assertEquals(0, strength.estimate().maxSeconds());
    }

    @Test
    void aRetiredExerciseIsReported() {
        ExerciseSnapshot sumo = CATALOG.get("sumo-squat");
        Map<String, ExerciseSnapshot> catalog = new java.util.HashMap<>(CATALOG);
        catalog.put("sumo-squat", new ExerciseSnapshot(sumo.slug(), 3, sumo.name(), sumo.category(), sumo.targetAreas(),
                sumo.equipment(), sumo.position(), sumo.perSide(), sumo.prescription(), true));
        ExpandedRoutine warmUp = ExpandedRoutine.of(routine(template("hip-mobility-exercises-for-runners")), catalog);
        assertEquals(List.of("sumo-squat"), warmUp.retiredSlugs());
    }

    private static List<Integer> minMax(String slug) {
        ExpandedRoutine expanded = ExpandedRoutine.of(routine(template(slug)), CATALOG);
        return List.of(expanded.estimate().minSeconds(), expanded.estimate().maxSeconds());
    }
}
