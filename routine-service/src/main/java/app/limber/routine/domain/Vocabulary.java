package app.limber.routine.domain;

import java.util.List;
import java.util.Set;

/** The controlled vocabulary of DESIGN.md that routine requests are checked against. */
public final class Vocabulary {

    public static final String NO_EQUIPMENT = "none";

    public static final List<String> CATEGORIES = List.of("dynamic-mobility", "strength", "stretch", "self-massage");
    public static final List<String> TARGET_AREAS = List.of("hip-flexors", "glutes", "hamstrings", "quadriceps",
            "adductors", "abductors", "it-band", "calves", "core", "lower-back", "obliques", "shoulders", "hips");
    public static final List<String> EQUIPMENT = List.of(NO_EQUIPMENT, "resistance-band", "foam-roller", "massage-ball",
            "strap", "step-or-bench", "chair-or-couch");
    public static final List<String> POSITIONS = List.of("standing", "kneeling", "half-kneeling", "seated", "supine",
            "side-lying", "prone", "all-fours", "plank");

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
