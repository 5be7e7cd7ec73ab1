package app.limber.web.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random unguessable tokens (session ids, CSRF tokens) and the constant-time comparison a form's CSRF token is
 * checked with: a page of another site can make the browser post a form with the session cookie, but cannot
 * read the token this site put in its own forms.
 */
public final class CsrfTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private CsrfTokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether a submitted token is the expected one; a missing or empty one never is. */
    public static boolean matches(String expected, String submitted) {
        if (expected == null || expected.isEmpty() || submitted == null || submitted.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
