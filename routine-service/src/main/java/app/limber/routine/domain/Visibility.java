package app.limber.routine.domain;

import app.limber.platform.problem.Messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

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
            default -> throw new IllegalArgumentException(unknown(term));
        };
    }

    /** The visibility a client named in {@code field}; an unknown term is a bad request naming the field. */
    public static Visibility read(String field, String term) {
        if (!"public".equals(term) && !"private".equals(term)) {
            throw RoutineException.invalid(field, unknown(term));
        }
        return fromTerm(term);
    }

    private static String unknown(String term) {
        return Messages.unknownTerm(term, List.of("private", "public"));
    }
}
