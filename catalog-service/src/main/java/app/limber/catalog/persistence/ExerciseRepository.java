package app.limber.catalog.persistence;

import app.limber.catalog.domain.ExerciseFilter;
import app.limber.catalog.domain.Term;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exercises by slug, and the catalog search: PostgreSQL full-text search over name, aliases
 * (weight A) and summary (weight B), plus trigram word similarity on name and aliases so that
 * partial and misspelt words still find something. Ordered by rank, then name (case-insensitive,
 * by code point, so that every PostgreSQL gives the same order whatever its locale), then slug.
 */
@ApplicationScoped
public class ExerciseRepository implements PanacheRepositoryBase<Exercise, String> {

    /** A page of exercises and how many matched in all. */
    public record Page(List<Exercise> items, long total) {
    }

    public Optional<Exercise> findBySlug(String slug) {
        return findByIdOptional(slug);
    }

    /** The row locked until the transaction ends, so that concurrent writes to one exercise queue up. */
    public Optional<Exercise> findForUpdate(String slug) {
        return findByIdOptional(slug, LockModeType.PESSIMISTIC_WRITE);
    }

    public Page search(ExerciseFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        String byRank = filter.hasText()
                ? "ts_rank(e.search_vector, websearch_to_tsquery('english', :q)) + word_similarity(:q, e.search_names) desc, "
                : "";

        // one round trip: the page and, in every row, how many matched in all
        NativeQuery<?> select = getEntityManager().createNativeQuery(
                "select {e.*}, count(*) over () as total_count from exercise e where " + where
                        + " order by " + byRank + "lower(e.name) collate \"C\", e.slug limit :limit offset :offset")
                .unwrap(NativeQuery.class)
                .addEntity("e", Exercise.class)
                .addScalar("total_count", StandardBasicTypes.LONG);
        parameters.forEach(select::setParameter);
        // listed entities are never changed: skip the snapshots Hibernate keeps for dirty checking
        select.setReadOnly(true);
        select.setParameter("limit", filter.size());
        select.setParameter("offset", (long) filter.page() * filter.size());
        List<?> rows = select.getResultList();
        if (rows.isEmpty()) {
            return new Page(List.of(), filter.page() == 0 ? 0 : countMatches(where, parameters));
        }
        List<Exercise> items = rows.stream().map(row -> (Exercise) ((Object[]) row)[0]).toList();
        return new Page(items, (Long) ((Object[]) rows.get(0))[1]);
    }

    /** For a page past the last one, whose query returns no row to carry the total. */
    private long countMatches(String where, Map<String, Object> parameters) {
        Query count = getEntityManager().createNativeQuery("select count(*) from exercise e where " + where);
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static String where(ExerciseFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!filter.includeRetired()) {
            conditions.add("not e.retired");
        }
        if (filter.hasText()) {
            parameters.put("q", filter.text().strip());
            // <% is word similarity above pg_trgm.word_similarity_threshold (0.6 by default)
            conditions.add("(e.search_vector @@ websearch_to_tsquery('english', :q) or :q <% e.search_names)");
        }
        anyOf(conditions, parameters, "e.category", "category", filter.categories(), false);
        anyOf(conditions, parameters, "e.target_areas", "target", filter.targets(), true);
        anyOf(conditions, parameters, "e.equipment", "equipment", filter.equipment(), true);
        anyOf(conditions, parameters, "e.position", "position", filter.positions(), false);
        if (filter.perSide() != null) {
            parameters.put("perSide", filter.perSide());
            conditions.add("e.per_side = :perSide");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** {@code column} holds one of the values (scalar) or shares one with them (array). */
    private static void anyOf(List<String> conditions, Map<String, Object> parameters, String column, String name,
                              List<? extends Term> values, boolean arrayColumn) {
        if (values.isEmpty()) {
            return;
        }
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            parameters.put(name + i, values.get(i).slug());
            placeholders.add(":" + name + i);
        }
        String list = String.join(", ", placeholders);
        conditions.add(arrayColumn
                ? column + " && cast(array[" + list + "] as text[])"
                : column + " in (" + list + ")");
    }
}
