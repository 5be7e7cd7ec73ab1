package app.limber.web.player;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * The routine played step by step: every round, every item in order, every set, each side in turn for a per-side
 * item, a rest after each set that has one (none after the very last piece of work), and the entries the session
 * is logged with.
 */
@TemplateData
public record PlayerPlan(List<PlayerStep> steps, List<SessionEntry> entries) {

    /** Work per set when the prescription gives no time or reps, as routine-service's estimate assumes. */
    static final int DEFAULT_WORK_SECONDS = 30;

    public static PlayerPlan of(List<PlayerItem> items, int rounds) {
        int roundCount = Math.max(1, rounds);
        List<SessionEntry> entries = new ArrayList<>();
        List<List<Integer>> entriesOfItem = new ArrayList<>();
        for (PlayerItem item : items) {
            List<Integer> indices = new ArrayList<>();
            for (String side : item.perSide() ? List.of("left", "right") : List.of("both")) {
                indices.add(entries.size());
                entries.add(new SessionEntry(entries.size(), item.slug(), item.name(), side,
                        Math.min(100, item.sets() * roundCount), orZero(item.reps()), secondsPerSet(item)));
            }
            entriesOfItem.add(indices);
        }

        List<PlayerStep> steps = new ArrayList<>();
        for (int round = 1; round <= roundCount; round++) {
            for (int i = 0; i < items.size(); i++) {
                PlayerItem item = items.get(i);
                List<String> sides = item.perSide() ? List.of("left", "right") : java.util.Collections.singletonList((String) null);
                for (int set = 1; set <= item.sets(); set++) {
                    for (int s = 0; s < sides.size(); s++) {
                        steps.add(work(steps.size(), item, entriesOfItem.get(i).get(s), sides.get(s), round, roundCount, set));
                    }
                    if (item.restSeconds() > 0) {
                        steps.add(new PlayerStep(steps.size(), "rest", -1, item.slug(), item.name(), null, round, roundCount, set,
                                item.sets(), item.restSeconds(), null, null, "Rest " + item.restSeconds() + " s", List.of(), List.of()));
                    }
                }
            }
        }
        while (!steps.isEmpty() && steps.get(steps.size() - 1).rest()) {
            steps.remove(steps.size() - 1);
        }
        return new PlayerPlan(List.copyOf(steps), List.copyOf(entries));
    }

    /**
     * The time each set is logged with: routine-service records one time per set ({@code holdSeconds}), and
     * progress-service measures a hold and a timed move ({@code durationSeconds}) alike against it. A hold wins
     * where an item prescribes both (reps held so long each); a move with neither logs 0.
     */
    static int secondsPerSet(PlayerItem item) {
        if (item.holdSeconds() != null) {
            return item.holdSeconds();
        }
        return orZero(item.durationSeconds());
    }

    private static PlayerStep work(int index, PlayerItem item, int entry, String side, int round, int rounds, int set) {
        Integer seconds;
        String instruction;
        if (item.durationSeconds() != null) {
            seconds = item.durationSeconds();
            instruction = "Keep going for " + seconds + " s";
        } else if (item.reps() != null && item.holdSeconds() != null) {
            seconds = item.reps() * item.holdSeconds();
            instruction = item.reps() + " reps, holding each " + item.holdSeconds() + " s";
        } else if (item.holdSeconds() != null) {
            seconds = item.holdSeconds();
            instruction = "Hold for " + seconds + " s";
        } else if (item.reps() != null) {
            seconds = null;
            instruction = item.reps() + " reps";
        } else {
            seconds = DEFAULT_WORK_SECONDS;
            instruction = "Keep going for " + seconds + " s";
        }
        return new PlayerStep(index, "work", entry, item.slug(), item.name(), side, round, rounds, set, item.sets(), seconds,
                item.reps(), item.holdSeconds(), instruction, item.steps(), item.cues());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Whole seconds of timed work and rest, the player's own lower bound on the routine's length. */
    public int timedSeconds() {
        return steps.stream().mapToInt(step -> step.seconds() == null ? 0 : step.seconds()).sum();
    }
}
