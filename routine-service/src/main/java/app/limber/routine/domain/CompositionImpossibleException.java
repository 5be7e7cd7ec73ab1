package app.limber.routine.domain;

/** The request cannot be met; the message says why in words a user can act on. */
public class CompositionImpossibleException extends RoutineException {
    public CompositionImpossibleException(String reason) {
        super(Reason.COMPOSITION_IMPOSSIBLE, reason);
    }
}
