package app.limber.platform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The one envelope of every list: a page of items and the total that matched, so that a client pages
 * every collection the same way.
 */
public record ListPage<T>(
        @Schema(description = "The items of this page, in the order the operation states") List<T> items,
        @Schema(description = "0-based page index", minimum = "0") int page,
        @Schema(description = "Items per page", minimum = "1", maximum = "100") int size,
        @Schema(description = "Items matching the request across all pages", minimum = "0") long total) {

    public ListPage {
        items = List.copyOf(items);
    }

    /** The requested page of a list already held whole, in its order. */
    public static <T> ListPage<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new ListPage<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    public <R> ListPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ListPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
