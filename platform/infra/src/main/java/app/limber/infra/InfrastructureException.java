package app.limber.infra;

/** A part of the infrastructure could not be started, reached or set up; the message says which and why. */
public class InfrastructureException extends RuntimeException {

    public InfrastructureException(String message) {
        super(message);
    }

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
