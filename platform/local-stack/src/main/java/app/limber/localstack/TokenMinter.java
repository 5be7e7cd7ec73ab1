package app.limber.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mints RS256 JWTs in the shape the services' SmallRye JWT configuration expects. */
public final class TokenMinter {

    public static final String ISSUER = "limber";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RSAPrivateKey signingKey;
    private final Clock clock;

    public TokenMinter(RSAPrivateKey signingKey, Clock clock) {
        this.signingKey = signingKey;
        this.clock = clock;
    }

    public TokenMinter(RSAPrivateKey signingKey) {
        this(signingKey, Clock.systemUTC());
    }

    /** A token for user {@code userId} (its {@code sub} and {@code upn}) in the given groups (roles). */
    public String mint(String userId, List<String> groups, Duration lifetime) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", userId);
        claims.put("upn", userId);
        claims.put("groups", List.copyOf(groups));
        claims.put("iat", now);
        claims.put("exp", now + lifetime.toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        String signingInput = encode(Map.<String, Object>of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        return signingInput + "." + BASE64_URL.encodeToString(sign(signingInput));
    }

    public String mint(String userId, List<String> groups) {
        return mint(userId, groups, DEFAULT_LIFETIME);
    }

    private byte[] sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token with the dev key", e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64_URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
