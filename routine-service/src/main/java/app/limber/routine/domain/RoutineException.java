package app.limber.routine.domain;

import java.util.List;

/** A request the routine service refuses, for a reason the client can act on. */
public class RoutineException extends RuntimeException {

    public enum Reason {
        /** The input breaks a rule; {@link #violations()} names each offending field. */
        INVALID,
        /** No such routine, plan or session, or one the caller may not see. */
        NOT_FOUND,
        /** The caller may see it but not do this, e.g. an athlete changing a public template. */
        FORBIDDEN,
        /** The change conflicts with the resource's state, e.g. pausing an ended plan. */
        CONFLICT,
        /** The resource existed but is used up or expired, e.g. an invitation code. */
        GONE,
        /** An Idempotency-Key reused for a different request. */
        KEY_REUSED,
        /** The composer cannot meet the request; the message says why. */
        COMPOSITION_IMPOSSIBLE,
        /** Something the request needs is down for now (the broker); trying again later can succeed. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final transient List<Violation> violations;

    public RoutineException(Reason reason, String detail) {
        this(reason, detail, List.of());
    }

    private RoutineException(Reason reason, String detail, List<Violation> violations) {
        super(detail);
        this.reason = reason;
        this.violations = List.copyOf(violations);
    }

    /** A refusal other than {@link Reason#INVALID} that still names the field it is about. */
    public static RoutineException about(Reason reason, String field, String message) {
        return new RoutineException(reason, field + ": " + message, List.of(new Violation(field, message)));
    }

    public static RoutineException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static RoutineException invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input breaks at least one rule");
        }
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        return new RoutineException(Reason.INVALID, detail, violations);
    }

    public Reason reason() {
        return reason;
    }

    /** The broken rules of an {@link Reason#INVALID} input in the order they were found, the field of {@link #about}. */
    public List<Violation> violations() {
        return violations;
    }
}
