package app.limber.web.session;

/** The page needs a signed-in person and there is none (or the session ended): answered by the sign-in page. */
public final class SignInRequiredException extends RuntimeException {
    public SignInRequiredException() {
        super("sign-in required", null, false, false);
    }
}
