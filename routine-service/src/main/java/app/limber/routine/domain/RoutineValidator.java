package app.limber.routine.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules a routine must meet beyond the shape the API checks; the first broken one is reported. */
public final class RoutineValidator {

    public static final int MAX_ROUNDS = 10;
    /** Plausibility limits of an item's own prescription (holds and durations: the range limit, 3600 s). */
    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 500;

    private RoutineValidator() {
    }

    /**
     * @param known what the catalog read model holds of the items' exercises, by slug
     * @throws RoutineException ({@code INVALID}) naming the field of the first broken rule
     */
    public static RoutineContent validate(RoutineInput input, Map<String, ExerciseSnapshot> known) {
        Range rounds = input.rounds() == null ? Range.exactly(1) : input.rounds();
        if (rounds.min() < 1 || rounds.max() > MAX_ROUNDS || !rounds.hasMinAtMostMax()) {
            throw RoutineException.invalid("rounds", "must satisfy 1 <= min <= max <= " + MAX_ROUNDS);
        }
        List<RoutineItem> items = new ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            items.add(item("items[" + i + "]", input.items().get(i), known));
        }
        return new RoutineContent(input.name().strip(), input.description(), input.purpose(), rounds, items);
    }

    private static RoutineItem item(String field, RoutineInput.Item item, Map<String, ExerciseSnapshot> known) {
        ExerciseSnapshot exercise = known.get(item.exerciseSlug());
        if (exercise == null || exercise.name() == null) {
            throw RoutineException.invalid(field + ".exerciseSlug", "is not in the catalog");
        }
        if (exercise.retired()) {
            throw RoutineException.invalid(field + ".exerciseSlug", "has been retired from the catalog");
        }
        Prescription prescription = item.prescription();
        if (prescription != null && prescription.firstUnorderedRange() != null) {
            throw RoutineException.invalid(field + ".prescription." + prescription.firstUnorderedRange(),
                    "min must not exceed max");
        }
        if (prescription != null && prescription.sets() != null && prescription.sets().max() > MAX_SETS) {
            throw RoutineException.invalid(field + ".prescription.sets.max", "must be at most " + MAX_SETS);
        }
        if (prescription != null && prescription.reps() != null && prescription.reps().max() > MAX_REPS) {
            throw RoutineException.invalid(field + ".prescription.reps.max", "must be at most " + MAX_REPS);
        }
        return new RoutineItem(item.exerciseSlug(), prescription, item.restSeconds() == null ? 0 : item.restSeconds());
    }
}
