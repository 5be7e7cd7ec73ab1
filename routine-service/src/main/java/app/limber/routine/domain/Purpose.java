package app.limber.routine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Why a routine is done; its JSON value is the vocabulary term, e.g. {@code warm-up}. */
public enum Purpose {
    WARM_UP("warm-up"), COOLDOWN("cooldown"), STRENGTH("strength"), RECOVERY("recovery"), MOBILITY("mobility");

    /** The terms as a regular expression, for request validation. */
    public static final String PATTERN = "warm-up|cooldown|strength|recovery|mobility";
    public static final String MUST_BE_ONE_OF = "must be one of warm-up, cooldown, strength, recovery, mobility";

    private final String term;

    Purpose(String term) {
        this.term = term;
    }

    @JsonValue
    public String term() {
        return term;
    }

    /** Reads a vocabulary term; an unknown term is a bad request naming the field. */
    @JsonCreator
    public static Purpose fromTerm(String term) {
        return Arrays.stream(values()).filter(p -> p.term.equals(term)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(MUST_BE_ONE_OF));
    }

    public static boolean isTerm(String term) {
        return Arrays.stream(values()).anyMatch(p -> p.term.equals(term));
    }
}
