package app.limber.routine.domain;

import java.util.List;
import java.util.Set;

/**
 * The controlled vocabulary routine requests are checked against: the enums of the contracts' common schema
 * (limber.common.v1), term for term, which VocabularyContractTest holds this class to.
 */
public final class Vocabulary {

    public static final String NO_EQUIPMENT = "none";

    public static final List<String> CATEGORIES = List.of("dynamic-mobility", "strength", "stretch", "self-massage");
    public static final List<String> TARGET_AREAS = List.of("hip-flexors", "glutes", "hamstrings", "quadriceps",
            "adductors", "abductors", "it-band", "calves", "core", "lower-back", "obliques", "shoulders", "hips");
    public static final List<String> EQUIPMENT = List.of(NO_EQUIPMENT, "resistance-band", "foam-roller", "massage-ball",
            "strap", "step-or-bench", "chair-or-couch");
    public static final List<String> POSITIONS = List.of("standing", "kneeling", "half-kneeling", "seated", "supine",
            "side-lying", "prone", "all-fours", "plank");
    /** Which side a session's exercise was done on. */
    public static final List<String> SIDES = List.of("both", "left", "right", "none");
    /** {@link #SIDES} as a regular expression, for request validation. */
    public static final String SIDE_PATTERN = "both|left|right|none";

    private static final Set<String> TARGET_SET = Set.copyOf(TARGET_AREAS);
    private static final Set<String> EQUIPMENT_SET = Set.copyOf(EQUIPMENT);

    private Vocabulary() {
    }

    public static boolean isTargetArea(String term) {
        return term != null && TARGET_SET.contains(term);
    }

    public static boolean isEquipment(String term) {
        return term != null && EQUIPMENT_SET.contains(term);
    }
}
