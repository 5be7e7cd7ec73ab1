package app.limber.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class VerifiedTokensTest {

    private static final long T0 = 1_800_000_000_000L;
    private final AtomicLong now = new AtomicLong(T0);

    private VerifiedTokens cache(int capacity, Duration ttl) {
        return new VerifiedTokens(capacity, ttl, now::get);
    }

    @Test
    void aVerifiedTokenIsAnsweredUntilItExpires() {
        VerifiedTokens cache = cache(10, Duration.ofMinutes(10));
        JsonWebToken token = token(T0 / 1000 + 30);
        cache.put("a.b.c", token);

        now.set(T0 + 29_999);
        assertSame(token, cache.get("a.b.c"));
        now.set(T0 + 30_000);
        assertNull(cache.get("a.b.c"), "an expired token must be verified again, and fail");
    }

    @Test
    void noVerificationIsReusedLongerThanTheTtlEvenIfTheTokenLivesOn() {
        VerifiedTokens cache = cache(10, Duration.ofSeconds(60));
        cache.put("a.b.c", token(T0 / 1000 + 3600));

        now.set(T0 + 59_999);
        assertEquals("user", cache.get("a.b.c").getName());
        now.set(T0 + 60_000);
        assertNull(cache.get("a.b.c"));
    }

    @Test
    void onlyTheExactTextHits() {
        VerifiedTokens cache = cache(10, Duration.ofSeconds(60));
        cache.put("header.claims.signature", token(T0 / 1000 + 3600));

        assertNull(cache.get("header.claims.forged"), "same claims with another signature must be verified");
    }

    @Test
    void tokensWithoutALiveExpiryOrTooLongAreNotKept() {
        VerifiedTokens cache = cache(10, Duration.ofSeconds(60));
        cache.put("expired", token(T0 / 1000 - 1));
        cache.put("no-expiry", token(null));
        cache.put("x".repeat(VerifiedTokens.MAX_TOKEN_LENGTH + 1), token(T0 / 1000 + 3600));

        assertEquals(0, cache.size());
    }

    @Test
    void aFullCacheKeepsNoMoreUntilItsEntriesRunOut() {
        VerifiedTokens cache = cache(2, Duration.ofSeconds(10));
        cache.put("one", token(T0 / 1000 + 3600));
        cache.put("two", token(T0 / 1000 + 3600));
        cache.put("three", token(T0 / 1000 + 3600));
        assertEquals(2, cache.size());
        assertNull(cache.get("three"));

        now.set(T0 + 10_000);
        cache.put("four", token(T0 / 1000 + 3600));
        assertEquals(1, cache.size(), "the run-out entries made room");
        assertEquals("user", cache.get("four").getName());
    }

    /** A token as SmallRye hands it over: its exp claim in seconds, absent when {@code exp} is null. */
    private static JsonWebToken token(Long exp) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "user");
        if (exp != null) {
            claims.put("exp", exp);
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "user";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
