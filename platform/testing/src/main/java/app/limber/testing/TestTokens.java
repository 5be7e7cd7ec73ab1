package app.limber.testing;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.limber.infra.TokenSigner;
import app.limber.testing.infra.JvmWide;
import app.limber.testing.infra.TokenKeys;

/**
 * RS256 bearer tokens for tests, signed (by the kit's {@link TokenSigner}) with the JVM's test key pair whose
 * public key {@link LimberTestResource} hands to the application ({@code mp.jwt.verify.publickey.location}).
 *
 * <p>Claims: {@code iss=limber}, {@code sub} and {@code upn} = the user id, {@code groups}, {@code iat},
 * {@code exp} (one hour later) and a random {@code jti}.
 */
public final class TestTokens {

    public static final String ISSUER = TokenSigner.ISSUER;
    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    /** A valid token for {@code userId} with the given groups ({@code athlete}, {@code admin}, {@code analyst}, {@code coach}). */
    public static String token(String userId, String... groups) {
        return new TokenSigner(testKey()).sign(userId, List.of(groups), LIFETIME);
    }

    /** Like {@link #token} but expired an hour ago (beyond any clock-skew allowance). */
    public static String expired(String userId, String... groups) {
        Instant issued = Instant.now().minus(LIFETIME.multipliedBy(2));
        return new TokenSigner(testKey()).sign(userId, List.of(groups), issued, issued.plus(LIFETIME));
    }

    /** Like {@link #token} but signed by a key the application does not trust. */
    public static String badSignature(String userId, String... groups) {
        return new TokenSigner(TokenSigner.newKeyPair().getPrivate()).sign(userId, List.of(groups), LIFETIME);
    }

    /** {@code Bearer <token>}, for an {@code Authorization} header. */
    public static String bearer(String userId, String... groups) {
        return "Bearer " + token(userId, groups);
    }

    /** The PEM file of the public key that verifies {@link #token} (what the application is configured with). */
    public static Path publicKeyFile() {
        return Path.of((String) JvmWide.call(TokenKeys.class, "publicKeyPemFile"));
    }

    private static PrivateKey testKey() {
        byte[] pkcs8 = JvmWide.call(TokenKeys.class, "privateKeyPkcs8");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable test key", e);
        }
    }
}
