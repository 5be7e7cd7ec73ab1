package app.limber.catalog.domain;

import java.util.List;

/**
 * What a listing asks for. Within a facet the values are alternatives (any of them); facets
 * combine with AND. {@code page} is 0-based.
 */
public record ExerciseFilter(
        String text,
        List<Category> categories,
        List<TargetArea> targets,
        List<Equipment> equipment,
        List<Position> positions,
        Boolean perSide,
        boolean includeRetired,
        int page,
        int size) {

    public ExerciseFilter {
        categories = List.copyOf(categories);
        targets = List.copyOf(targets);
        equipment = List.copyOf(equipment);
        positions = List.copyOf(positions);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
