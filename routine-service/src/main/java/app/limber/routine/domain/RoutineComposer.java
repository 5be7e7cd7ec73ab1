package app.limber.routine.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Proposes a routine for a purpose, a number of minutes, the equipment at hand and the areas to work.
 * Plain rules, no randomness, so the same request over the same catalog gives the same routine:
 * <ol>
 *   <li>Candidates: exercises not retired, of a category the purpose allows, needing only the given
 *       equipment ({@code none} always allowed), in the purpose's order of preference, then by slug.</li>
 *   <li>Cover the targets greedily: take the candidate that covers most still-uncovered targets.</li>
 *   <li>For 1, 2, ... {@value #MAX_ROUNDS} rounds: start every chosen exercise at its lowest prescription,
 *       add further candidates (those working the requested targets first) while the routine is short of
 *       the minutes, then raise reps, holds, durations and sets one step at a time, item by item, until the
 *       estimate lies within {@value #TOLERANCE_PERCENT} % of the minutes. The first round count that fits wins.</li>
 *   <li>Order by the purpose's category sequence (e.g. stretches before self-massage in a cooldown), then by
 *       position, then by slug.</li>
 * </ol>
 * A request that no routine can meet fails with {@link CompositionImpossibleException} saying why.
 */
public final class RoutineComposer {

    public static final int TOLERANCE_PERCENT = 10;
    public static final int MAX_ITEMS = 12;
    public static final int MAX_ROUNDS = 4;
    static final int SECONDS_STEP = 5;

    private RoutineComposer() {
    }

    public static Composition compose(CompositionRequest request, Collection<ExerciseSnapshot> catalog) {
        PurposeProfile profile = PurposeProfile.of(request.purpose());
        Comparator<ExerciseSnapshot> preference = Comparator.<ExerciseSnapshot>comparingInt(e -> profile.preferenceRank(e.category()))
                .thenComparing(ExerciseSnapshot::slug);
        List<ExerciseSnapshot> candidates = catalog.stream()
                .filter(e -> !e.retired() && e.name() != null && e.prescription() != null)
                .filter(e -> profile.allows(e.category()) && e.usableWith(request.equipment()))
                .sorted(preference)
                .toList();
        if (candidates.isEmpty()) {
            throw new CompositionImpossibleException("No " + request.purpose().term()
                    + " exercise can be done with " + describeEquipment(request.equipment()) + ".");
        }
        List<ExerciseSnapshot> cover = cover(request, candidates);
        int target = request.minutes() * 60;
        int low = (int) Math.ceil(target * (100 - TOLERANCE_PERCENT) / 100.0);
        int high = (int) Math.floor(target * (100 + TOLERANCE_PERCENT) / 100.0);

        int coverSeconds = cover.stream().mapToInt(e -> new Draft(e, profile).seconds()).sum();
        if (coverSeconds > high) {
            throw new CompositionImpossibleException("Covering " + String.join(", ", request.targets())
                    + " takes at least " + minutesCeil(coverSeconds) + " minutes for a " + request.purpose().term()
                    + "; ask for more minutes or fewer targets.");
        }
        List<ExerciseSnapshot> extras = candidates.stream()
                .filter(e -> !cover.contains(e))
                .sorted(Comparator.<ExerciseSnapshot>comparingInt(e -> -overlap(e, request.targets())).thenComparing(preference))
                .toList();
        for (int rounds = 1; rounds <= MAX_ROUNDS; rounds++) {
            Optional<List<Draft>> fit = fit(rounds, cover, extras, profile, low, high);
            if (fit.isPresent()) {
                return build(request, profile, rounds, fit.get());
            }
        }
        throw new CompositionImpossibleException("With " + describeEquipment(request.equipment()) + ", the "
                + request.purpose().term() + " exercises available cannot fill " + request.minutes()
                + " minutes within " + TOLERANCE_PERCENT + " %; ask for fewer minutes or allow more equipment.");
    }

    private static List<ExerciseSnapshot> cover(CompositionRequest request, List<ExerciseSnapshot> candidates) {
        Set<String> uncovered = new TreeSet<>(request.targets());
        Set<ExerciseSnapshot> chosen = new LinkedHashSet<>();
        while (!uncovered.isEmpty()) {
            ExerciseSnapshot best = null;
            int bestOverlap = 0;
            for (ExerciseSnapshot candidate : candidates) {
                int overlap = chosen.contains(candidate) ? 0 : overlap(candidate, uncovered);
                if (overlap > bestOverlap) {
                    best = candidate;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                throw new CompositionImpossibleException("No " + request.purpose().term() + " exercise that can be done with "
                        + describeEquipment(request.equipment()) + " works " + String.join(", ", uncovered) + ".");
            }
            chosen.add(best);
            uncovered.removeAll(best.targetAreas());
        }
        return List.copyOf(chosen);
    }

    private static Optional<List<Draft>> fit(int rounds, List<ExerciseSnapshot> cover, List<ExerciseSnapshot> extras,
                                             PurposeProfile profile, int low, int high) {
        List<Draft> drafts = new ArrayList<>(cover.stream().map(e -> new Draft(e, profile)).toList());
        int total = drafts.stream().mapToInt(Draft::seconds).sum();
        for (ExerciseSnapshot extra : extras) {
            if (rounds * total >= low || drafts.size() >= MAX_ITEMS) {
                break;
            }
            Draft draft = new Draft(extra, profile);
            if (rounds * (total + draft.seconds()) <= high) {
                drafts.add(draft);
                total += draft.seconds();
            }
        }
        boolean grew = true;
        while (rounds * total < low && grew) {
            grew = false;
            for (Draft draft : drafts) {
                if (rounds * total >= low) {
                    break;
                }
                int current = total;
                if (draft.grow(delta -> rounds * (current + delta) <= high)) {
                    total = drafts.stream().mapToInt(Draft::seconds).sum();
                    grew = true;
                }
            }
        }
        int seconds = rounds * total;
        return seconds >= low && seconds <= high && !drafts.isEmpty() ? Optional.of(drafts) : Optional.empty();
    }

    private static Composition build(CompositionRequest request, PurposeProfile profile, int rounds, List<Draft> drafts) {
        List<ComposedItem> items = drafts.stream()
                .sorted(Comparator.<Draft>comparingInt(d -> profile.sequenceRank(d.exercise.category()))
                        .thenComparingInt(d -> profile.positionRank(d.exercise.position()))
                        .thenComparing(d -> d.exercise.slug()))
                .map(d -> new ComposedItem(d.exercise, d.prescription(), d.rest))
                .toList();
        Range roundRange = Range.exactly(rounds);
        DurationEstimate estimate = DurationEstimator.estimate(roundRange,
                items.stream().map(ComposedItem::asEstimatorItem).toList());
        return new Composition(request.purpose(), request.minutes(), roundRange, items, estimate);
    }

    private static int overlap(ExerciseSnapshot exercise, Set<String> targets) {
        return (int) exercise.targetAreas().stream().filter(targets::contains).count();
    }

    private static String describeEquipment(Set<String> equipment) {
        Set<String> extra = new TreeSet<>(equipment);
        extra.remove(Vocabulary.NO_EQUIPMENT);
        return extra.isEmpty() ? "no equipment" : "only " + String.join(", ", extra);
    }

    private static int minutesCeil(int seconds) {
        return (seconds + 59) / 60;
    }

    /** One chosen exercise whose amounts start at the catalog minimum and grow in small steps. */
    private static final class Draft {
        final ExerciseSnapshot exercise;
        final Prescription base;
        final boolean perSide;
        final int rest;
        final int maxSets;
        int sets;
        int reps;
        int hold;
        int duration;

        Draft(ExerciseSnapshot exercise, PurposeProfile profile) {
            this.exercise = exercise;
            this.base = exercise.prescription();
            this.perSide = base.perSide() != null ? base.perSide() : exercise.perSide();
            this.rest = profile.restSeconds();
            int baseMin = base.sets() == null ? 1 : Math.max(1, base.sets().min());
            int baseMax = base.sets() == null ? 1 : Math.max(baseMin, base.sets().max());
            this.sets = Math.min(baseMin, profile.maxSets());
            this.maxSets = Math.min(baseMax, profile.maxSets());
            this.reps = base.reps() == null ? 0 : base.reps().min();
            this.hold = base.holdSeconds() == null ? 0 : base.holdSeconds().min();
            this.duration = base.durationSeconds() == null ? 0 : base.durationSeconds().min();
        }

        Prescription prescription() {
            return new Prescription(Range.exactly(sets),
                    base.reps() == null ? null : Range.exactly(reps),
                    base.holdSeconds() == null ? null : Range.exactly(hold),
                    base.durationSeconds() == null ? null : Range.exactly(duration),
                    perSide);
        }

        int seconds() {
            return DurationEstimator.itemSeconds(new DurationEstimator.Item(prescription(), perSide, rest), true);
        }

        /** Applies the first step (more work per set, else one more set) whose extra seconds {@code fits}. */
        boolean grow(IntPredicate fits) {
            int before = seconds();
            int[] saved = {sets, reps, hold, duration};
            if (growWork() && fits.test(seconds() - before)) {
                return true;
            }
            restore(saved);
            if (sets < maxSets) {
                sets++;
                if (fits.test(seconds() - before)) {
                    return true;
                }
            }
            restore(saved);
            return false;
        }

        private boolean growWork() {
            if (base.durationSeconds() != null && duration < base.durationSeconds().max()) {
                duration = Math.min(base.durationSeconds().max(), duration + SECONDS_STEP);
                return true;
            }
            if (base.durationSeconds() == null && base.reps() != null && reps < base.reps().max()) {
                reps++;
                return true;
            }
            if (base.durationSeconds() == null && base.reps() == null && base.holdSeconds() != null
                    && hold < base.holdSeconds().max()) {
                hold = Math.min(base.holdSeconds().max(), hold + SECONDS_STEP);
                return true;
            }
            return false;
        }

        private void restore(int[] saved) {
            sets = saved[0];
            reps = saved[1];
            hold = saved[2];
            duration = saved[3];
        }
    }
}
