package app.limber.routine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Public templates are curated by admins and seen by everyone; private routines only by their owner. */
public enum Visibility {
    PUBLIC, PRIVATE;

    @JsonValue
    public String term() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Visibility fromTerm(String term) {
        return switch (term) {
            case "public" -> PUBLIC;
            case "private" -> PRIVATE;
            default -> throw new IllegalArgumentException("must be public or private");
        };
    }
}
