package app.limber.catalog.api;

import app.limber.catalog.domain.Category;
import app.limber.catalog.domain.Equipment;
import app.limber.catalog.domain.ExerciseFilter;
import app.limber.catalog.domain.Position;
import app.limber.catalog.domain.TargetArea;
import app.limber.catalog.domain.Term;
import app.limber.catalog.domain.Texts;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of GET /exercises, checked all at once: every bad one is named in a single
 * 400, with the messages every Limber service uses. Facets take repeated parameters or
 * comma-separated values.
 */
final class ListingParameters {

    static final int MAX_TEXT = 200;

    private static final Map<String, Category> CATEGORIES = vocabulary(Category.class);
    private static final Map<String, TargetArea> TARGETS = vocabulary(TargetArea.class);
    private static final Map<String, Equipment> EQUIPMENT = vocabulary(Equipment.class);
    private static final Map<String, Position> POSITIONS = vocabulary(Position.class);

    private ListingParameters() {
    }

    static ExerciseFilter parse(String q, List<String> category, List<String> target, List<String> equipment,
                                List<String> position, String perSide, String page, String size, String includeRetired) {
        QueryParameters parameters = new QueryParameters();
        if (q != null && q.length() > MAX_TEXT) {
            parameters.reject("q", "must be at most " + MAX_TEXT + " characters");
        }
        if (q != null && Texts.hasControlCharacters(q)) {
            parameters.reject("q", "must not contain control characters");
        }
        List<Category> categories = parameters.terms("category", category, CATEGORIES);
        List<TargetArea> targets = parameters.terms("target", target, TARGETS);
        List<Equipment> equipments = parameters.terms("equipment", equipment, EQUIPMENT);
        List<Position> positions = parameters.terms("position", position, POSITIONS);
        Boolean side = parameters.bool("perSide", perSide);
        boolean retired = Boolean.TRUE.equals(parameters.bool("includeRetired", includeRetired));
        PageRequest paging = parameters.page(page, size);
        parameters.validate();
        return new ExerciseFilter(q == null || q.isBlank() ? null : q.strip(), categories, targets, equipments, positions,
                side, retired, paging.page(), paging.size());
    }

    /** Slug to term, in the order GET /taxonomy lists them, so that messages list the choices that way. */
    private static <T extends Enum<T> & Term> Map<String, T> vocabulary(Class<T> type) {
        Map<String, T> terms = new LinkedHashMap<>();
        Arrays.stream(type.getEnumConstants()).forEach(t -> terms.put(t.slug(), t));
        return Collections.unmodifiableMap(terms);
    }
}
