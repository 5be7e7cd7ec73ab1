package app.limber.web.client;

/** A service could not be reached at all (down, or not listening yet). */
public final class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String what, Throwable cause) {
        super(what + " could not be reached: " + cause, cause);
    }
}
