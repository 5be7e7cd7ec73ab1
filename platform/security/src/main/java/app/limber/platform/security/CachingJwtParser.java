package app.limber.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The parser Quarkus verifies every bearer token with, answering a token it verified a moment ago from
 * {@link VerifiedTokens}. Clients send the same token with every request until it expires, and an RS256 check
 * plus claim parsing was the largest single cost of a session write (14 % of routine-service's CPU). Quarkus
 * still builds a fresh security identity per request from the parsed token, so only the verification is
 * shared. A token that fails verification is never kept; it fails again on every request.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser verifier;
    private final VerifiedTokens verified;
    private final boolean enabled;
    private final Counter hits;
    private final Counter misses;

    CachingJwtParser(DefaultJWTParser verifier, TokenCacheConfig config, MeterRegistry registry) {
        this.verifier = verifier;
        this.enabled = config.size() > 0;
        this.verified = new VerifiedTokens(config.size(), config.ttl(), System::currentTimeMillis);
        this.hits = Counter.builder("limber.security.token.verifications").tag("cache", "hit")
                .description("Bearer tokens answered from the cache of verified tokens").register(registry);
        this.misses = Counter.builder("limber.security.token.verifications").tag("cache", "miss")
                .description("Bearer tokens verified (signature and claims)").register(registry);
        registry.gauge("limber.security.token.cache.size", verified, VerifiedTokens::size);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!enabled) {
            return verifier.parse(token);
        }
        JsonWebToken known = verified.get(token);
        if (known != null) {
            hits.increment();
            return known;
        }
        misses.increment();
        JsonWebToken parsed = verifier.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    // the rest is never on the request path: Quarkus verifies bearer tokens with parse(String) only

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
