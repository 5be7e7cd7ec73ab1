package app.limber.routine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import app.limber.platform.problem.Messages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why a routine is done; its JSON value is the vocabulary term, e.g. {@code warm-up}. */
public enum Purpose {
    WARM_UP("warm-up"), COOLDOWN("cooldown"), STRENGTH("strength"), RECOVERY("recovery"), MOBILITY("mobility");

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
                .orElseThrow(() -> new IllegalArgumentException(unknown(term)));
    }

    public static List<String> terms() {
        return Arrays.stream(values()).map(Purpose::term).toList();
    }

    /** Every purpose by its term, in declaration order. */
    public static Map<String, Purpose> byTerm() {
        Map<String, Purpose> byTerm = new LinkedHashMap<>();
        for (Purpose purpose : values()) {
            byTerm.put(purpose.term, purpose);
        }
        return byTerm;
    }

    /** What a client is told about a term that is no purpose. */
    public static String unknown(String term) {
        return Messages.unknownTerm(term, terms());
    }

    /** The purpose a client named in {@code field}; an unknown term is a bad request naming the field. */
    public static Purpose read(String field, String term) {
        if (!isTerm(term)) {
            throw RoutineException.invalid(field, unknown(term));
        }
        return fromTerm(term);
    }

    public static boolean isTerm(String term) {
        return Arrays.stream(values()).anyMatch(p -> p.term.equals(term));
    }
}
