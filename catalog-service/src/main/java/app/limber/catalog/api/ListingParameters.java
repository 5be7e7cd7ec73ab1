package app.limber.catalog.api;

import app.limber.catalog.domain.Category;
import app.limber.catalog.domain.Equipment;
import app.limber.catalog.domain.ExerciseFilter;
import app.limber.catalog.domain.Position;
import app.limber.catalog.domain.TargetArea;
import app.limber.catalog.domain.Term;
import app.limber.catalog.domain.Texts;
import app.limber.platform.problem.Problem;
import app.limber.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The query parameters of GET /exercises, checked all at once: every bad one is named in a single
 * 400. Facets take repeated parameters or comma-separated values.
 */
final class ListingParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 200;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private ListingParameters() {
    }

    static ExerciseFilter parse(String q, List<String> category, List<String> target, List<String> equipment,
                                List<String> position, String perSide, String page, String size, String includeRetired) {
        return new ListingParameters().filter(q, category, target, equipment, position, perSide, page, size, includeRetired);
    }

    private ExerciseFilter filter(String q, List<String> category, List<String> target, List<String> equipment,
                                  List<String> position, String perSide, String page, String size, String includeRetired) {
        if (q != null && q.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("q", "must be at most " + MAX_TEXT + " characters"));
        }
        if (q != null && Texts.hasControlCharacters(q)) {
            errors.add(new Problem.FieldError("q", "must not contain control characters"));
        }
        List<Category> categories = terms("category", category, Category.class);
        List<TargetArea> targets = terms("target", target, TargetArea.class);
        List<Equipment> equipments = terms("equipment", equipment, Equipment.class);
        List<Position> positions = terms("position", position, Position.class);
        Boolean side = bool("perSide", perSide);
        boolean retired = Boolean.TRUE.equals(bool("includeRetired", includeRetired));
        int pageIndex = integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        return new ExerciseFilter(q == null || q.isBlank() ? null : q.strip(), categories, targets, equipments, positions,
                side, retired, pageIndex, pageSize);
    }

    private <T extends Enum<T> & Term> List<T> terms(String parameter, List<String> raw, Class<T> type) {
        LinkedHashSet<T> terms = new LinkedHashSet<>();
        if (raw == null) {
            return List.of();
        }
        for (String value : raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList()) {
            Optional<T> term = Term.bySlug(type, value);
            if (term.isPresent()) {
                terms.add(term.get());
            } else {
                errors.add(new Problem.FieldError(parameter, "unknown value '" + value + "'; one of "
                        + Arrays.stream(type.getEnumConstants()).map(Term::slug).collect(Collectors.joining(", "))));
            }
        }
        return List.copyOf(terms);
    }

    private Boolean bool(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new Problem.FieldError(parameter, "must be true or false"));
                yield null;
            }
        };
    }

    private int integer(String parameter, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        errors.add(new Problem.FieldError(parameter, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
