package app.limber.web.session;

/** Signed in, but not in a role the page is for, or a form without this session's CSRF token. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message, null, false, false);
    }
}
