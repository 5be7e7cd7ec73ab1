package app.limber.routine.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a query's rows and how many rows the query matches in all. */
public record Paged<T>(List<T> items, long total) {

    public Paged {
        items = List.copyOf(items);
    }

    static <T> Paged<T> of(PanacheQuery<T> query, int page, int size) {
        return new Paged<>(query.page(page, size).list(), query.count());
    }

    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(items.stream().<R>map(mapper).toList(), total);
    }
}
