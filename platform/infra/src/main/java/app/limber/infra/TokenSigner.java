package app.limber.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs RS256 bearer tokens in the shape the services' SmallRye JWT configuration expects: {@code iss} =
 * {@value #ISSUER}, {@code sub} and {@code upn} = the user id, {@code groups} (the roles), {@code iat},
 * {@code exp} and a random {@code jti}. The JDK alone signs them.
 */
public final class TokenSigner {

    /** What the services check as {@code mp.jwt.verify.issuer}. */
    public static final String ISSUER = "limber";

    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = encode(Map.of("alg", "RS256", "typ", "JWT"));

    private final PrivateKey signingKey;
    private final Clock clock;

    public TokenSigner(PrivateKey signingKey, Clock clock) {
        this.signingKey = signingKey;
        this.clock = clock;
    }

    public TokenSigner(PrivateKey signingKey) {
        this(signingKey, Clock.systemUTC());
    }

    /** A token for {@code userId} in {@code groups}, issued now and valid for {@code lifetime}. */
    public String sign(String userId, List<String> groups, Duration lifetime) {
        Instant now = clock.instant();
        return sign(userId, groups, now, now.plus(lifetime));
    }

    /** A token with the given validity, e.g. one that expired already. */
    public String sign(String userId, List<String> groups, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", userId);
        claims.put("upn", userId);
        claims.put("groups", List.copyOf(groups));
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String signingInput = HEADER + "." + encode(claims);
        return signingInput + "." + BASE64_URL.encodeToString(signature(signingInput));
    }

    /** A new RSA key pair of the size the services' verification accepts (2048 bits). */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is missing from this JDK", e);
        }
    }

    private byte[] signature(String signingInput) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signingKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token with this key", e);
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
