package app.limber.testing;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import app.limber.testing.infra.JvmWide;
import app.limber.testing.infra.TokenKeys;

/**
 * RS256 bearer tokens for tests, signed with the JVM's test key pair whose public key
 * {@link LimberTestResource} hands to the application ({@code mp.jwt.verify.publickey.location}).
 *
 * <p>Claims: {@code iss=limber}, {@code sub} and {@code upn} = the user id, {@code groups}, {@code iat},
 * {@code exp} (one hour later) and a random {@code jti}.
 */
public final class TestTokens {

    public static final String ISSUER = "limber";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    /** A valid token for {@code userId} with the given groups ({@code athlete}, {@code admin}, {@code analyst}). */
    public static String token(String userId, String... groups) {
        Instant now = Instant.now();
        return sign(claims(userId, groups, now, now.plus(LIFETIME)), testKey());
    }

    /** Like {@link #token} but expired an hour ago (beyond any clock-skew allowance). */
    public static String expired(String userId, String... groups) {
        Instant issued = Instant.now().minus(LIFETIME.multipliedBy(2));
        return sign(claims(userId, groups, issued, issued.plus(LIFETIME)), testKey());
    }

    /** Like {@link #token} but signed by a key the application does not trust. */
    public static String badSignature(String userId, String... groups) {
        Instant now = Instant.now();
        return sign(claims(userId, groups, now, now.plus(LIFETIME)), foreignKey());
    }

    /** {@code Bearer <token>}, for an {@code Authorization} header. */
    public static String bearer(String userId, String... groups) {
        return "Bearer " + token(userId, groups);
    }

    /** The PEM file of the public key that verifies {@link #token} (what the application is configured with). */
    public static Path publicKeyFile() {
        return Path.of((String) JvmWide.call(TokenKeys.class, "publicKeyPemFile"));
    }

    private static JwtClaims claims(String userId, String[] groups, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(userId);
        claims.setClaim("upn", userId);
        claims.setStringListClaim("groups", List.of(groups));
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
    }

    private static PrivateKey testKey() {
        byte[] pkcs8 = JvmWide.call(TokenKeys.class, "privateKeyPkcs8");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable test key", e);
        }
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is missing from this JDK", e);
        }
    }
}
