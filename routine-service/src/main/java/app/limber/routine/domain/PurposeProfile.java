package app.limber.routine.domain;

import java.util.List;

/**
 * How the composer builds a routine for one purpose.
 *
 * @param preferred  categories it may use, most wanted first (drives which exercises are chosen)
 * @param sequence   the order those categories are done in
 * @param positions  the order of positions within a category (get up and go for a warm-up, wind down to the floor after)
 * @param restSeconds rest after each set
 * @param maxSets    most sets of one item; a warm-up should leave you fresh
 */
record PurposeProfile(List<String> preferred, List<String> sequence, List<String> positions, int restSeconds,
                      int maxSets) {

    private static final List<String> FLOOR_TO_STANDING = List.of("supine", "side-lying", "prone", "all-fours",
            "plank", "seated", "kneeling", "half-kneeling", "standing");
    private static final List<String> STANDING_TO_FLOOR = List.of("standing", "half-kneeling", "kneeling",
            "all-fours", "plank", "seated", "side-lying", "supine", "prone");

    static PurposeProfile of(Purpose purpose) {
        return switch (purpose) {
            // dynamic moves first in choice; activation on the floor before drills that end upright
            case WARM_UP -> new PurposeProfile(List.of("dynamic-mobility", "strength"),
                    List.of("strength", "dynamic-mobility"), FLOOR_TO_STANDING, 10, 1);
            // static stretches, then self-massage, never anything that raises the heart rate
            case COOLDOWN -> new PurposeProfile(List.of("stretch", "self-massage"),
                    List.of("stretch", "self-massage"), STANDING_TO_FLOOR, 10, 2);
            // a couple of dynamic moves to prepare the hips, then the strength work
            case STRENGTH -> new PurposeProfile(List.of("strength", "dynamic-mobility"),
                    List.of("dynamic-mobility", "strength"), STANDING_TO_FLOOR, 45, 3);
            case RECOVERY -> new PurposeProfile(List.of("stretch", "self-massage", "dynamic-mobility"),
                    List.of("dynamic-mobility", "self-massage", "stretch"), STANDING_TO_FLOOR, 15, 2);
            case MOBILITY -> new PurposeProfile(List.of("dynamic-mobility", "stretch"),
                    List.of("dynamic-mobility", "stretch"), STANDING_TO_FLOOR, 10, 2);
        };
    }

    boolean allows(String category) {
        return category != null && preferred.contains(category);
    }

    int preferenceRank(String category) {
        return preferred.indexOf(category);
    }

    int sequenceRank(String category) {
        return sequence.indexOf(category);
    }

    int positionRank(String position) {
        int rank = position == null ? -1 : positions.indexOf(position);
        return rank < 0 ? positions.size() : rank;
    }
}
