package app.limber.web.session;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfTokensTest {

    @Test
    void aFormCarryingTheSessionsTokenPasses() {
        String token = CsrfTokens.newToken();
        assertTrue(CsrfTokens.matches(token, new String(token.toCharArray())));
    }

    @Test
    void aMissingEmptyOrOtherTokenIsRefused() {
        String token = CsrfTokens.newToken();
        assertFalse(CsrfTokens.matches(token, null));
        assertFalse(CsrfTokens.matches(token, ""));
        assertFalse(CsrfTokens.matches(token, CsrfTokens.newToken()));
        assertFalse(CsrfTokens.matches(token, token.substring(1)));
        assertFalse(CsrfTokens.matches(null, null), "a session without a token accepts nothing");
        assertFalse(CsrfTokens.matches("", ""), "an empty expectation accepts nothing");
    }

    @Test
    void tokensAre256RandomBitsUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = CsrfTokens.newToken();
            assertEquals(43, token.length(), token);
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            seen.add(token);
        }
        assertEquals(1000, seen.size());
    }
}
