package app.limber.routine.domain;

/** The request cannot be met; the message says why in words a user can act on. */
public class CompositionImpossibleException extends RuntimeException {
    public CompositionImpossibleException(String reason) {
        super(reason);
    }
}
