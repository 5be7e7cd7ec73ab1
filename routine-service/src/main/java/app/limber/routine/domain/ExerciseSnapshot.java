package app.limber.routine.domain;

import java.util.List;

/**
 * What the routine service knows of a catalog exercise (its read-model copy). {@code name} and the
 * rest are null for a slug known only from its retirement.
 */
public record ExerciseSnapshot(String slug, long version, String name, String category, List<String> targetAreas,
                       List<String> equipment, String position, boolean perSide, Prescription prescription,
                       boolean retired) {

    public ExerciseSnapshot {
        targetAreas = targetAreas == null ? List.of() : List.copyOf(targetAreas);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }

    /** Whether it can be done with what the user has; {@code none} is always at hand. */
    public boolean usableWith(java.util.Collection<String> available) {
        return equipment.stream().allMatch(e -> Vocabulary.NO_EQUIPMENT.equals(e) || available.contains(e));
    }
}
