package app.limber.platform.privacy;

/** Sealed bytes that do not open: another key, another context, or tampered with. */
public final class UnreadableException extends RuntimeException {

    public UnreadableException(String message) {
        super(message, null, false, false);
    }
}
