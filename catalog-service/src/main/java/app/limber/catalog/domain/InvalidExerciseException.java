package app.limber.catalog.domain;

import java.util.List;

/** An exercise input that breaks one or more rules; carries all of them. */
public class InvalidExerciseException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidExerciseException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
