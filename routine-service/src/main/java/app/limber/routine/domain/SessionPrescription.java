package app.limber.routine.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A routine as it was prescribed when a session of it was recorded, so that a later edit of the routine does not
 * rewrite what the session was measured against.
 *
 * @param rounds how many times the items are gone through
 * @param items  the routine's items in order; positions start at 1
 */
public record SessionPrescription(Range rounds, List<Item> items) {

    public SessionPrescription {
        Objects.requireNonNull(rounds, "rounds");
        items = List.copyOf(items);
    }

    /**
     * One item: its exercise and what it asks per set. A range is null when it does not apply (or when the catalog read
     * model did not know the exercise yet and the routine gave no prescription of its own).
     */
    public record Item(int position, String exerciseSlug, boolean perSide, Range sets, Range reps, Range holdSeconds,
                       Range durationSeconds) {
    }

    /**
     * The item each logged exercise belongs to, by position (null when the routine has no item of that exercise).
     * The n-th entry (from 0) of an exercise on one side belongs to the routine's (n mod k)-th item of that exercise,
     * k being how many items it has: with two rounds of items A, B, A', the entries A, B, A', A, B, A' fall on the
     * right items, and the left and right entries of a per-side item fall on the same item.
     */
    public List<Integer> positionsOf(List<SessionExercise> logged) {
        Map<String, List<Integer>> positionsBySlug = new HashMap<>();
        items.forEach(item -> positionsBySlug.computeIfAbsent(item.exerciseSlug(), slug -> new ArrayList<>())
                .add(item.position()));
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> positions = new ArrayList<>();
        for (SessionExercise exercise : logged) {
            List<Integer> candidates = positionsBySlug.get(exercise.exerciseSlug());
            if (candidates == null) {
                positions.add(null);
                continue;
            }
            int n = seen.merge(exercise.exerciseSlug() + "\u0000" + exercise.side(), 1, Integer::sum) - 1;
            positions.add(candidates.get(n % candidates.size()));
        }
        return positions;
    }
}
