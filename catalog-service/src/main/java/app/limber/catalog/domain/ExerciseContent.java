package app.limber.catalog.domain;

import java.util.List;

/**
 * Everything an editor decides about an exercise, already checked against the rules and the
 * vocabulary. Two contents are equal exactly when saving one over the other changes nothing.
 */
public record ExerciseContent(
        String name,
        List<String> aliases,
        String summary,
        List<String> steps,
        List<String> cues,
        List<String> cautions,
        Category category,
        List<TargetArea> targetAreas,
        List<Equipment> equipment,
        Position position,
        boolean perSide,
        Prescription prescription,
        List<Source> sources) {

    public ExerciseContent {
        aliases = List.copyOf(aliases);
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        cautions = List.copyOf(cautions);
        targetAreas = List.copyOf(targetAreas);
        equipment = List.copyOf(equipment);
        sources = List.copyOf(sources);
    }
}
