package app.limber.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of the controlled vocabulary: a stable slug that clients send and events carry, and a
 * label for people. Slugs never change once published; labels may.
 */
public interface Term {

    String slug();

    String label();

    /** The term of {@code type} whose slug is {@code slug}, if there is one (exact, case-sensitive). */
    static <T extends Enum<T> & Term> Optional<T> bySlug(Class<T> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(t -> t.slug().equals(slug)).findFirst();
    }
}
