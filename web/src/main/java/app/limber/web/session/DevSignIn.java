package app.limber.web.session;

import app.limber.web.config.WebConfig;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Signing in on a local stack: tokens signed with the stack's dev key, which the services there verify. It exists
 * only when {@code limber.web.dev-sign-in-key} names a key file, which only the local stack passes.
 */
@ApplicationScoped
public class DevSignIn {

    /** The users a local stack prints tokens for, one per role (as platform/local-stack's DemoUser). */
    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("demo-athlete", "athlete"),
            new DemoUser("demo-coach", "coach"),
            new DemoUser("demo-analyst", "analyst"),
            new DemoUser("demo-admin", "admin"));

    public static final List<String> ROLES = List.of("athlete", "coach", "analyst", "admin");

    /** The issuer the services check ({@code mp.jwt.verify.issuer}). */
    static final String ISSUER = "limber";
    static final Duration LIFETIME = Duration.ofHours(12);

    private final Optional<Path> keyFile;
    private volatile PrivateKey key;

    public DevSignIn(WebConfig config) {
        this.keyFile = config.devSignInKey();
    }

    public boolean enabled() {
        return keyFile.isPresent();
    }

    /** A token for the user in one role, and when it expires. */
    public SignedToken sign(String userId, String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        Instant expiresAt = Instant.now().plus(LIFETIME);
        String token = Jwt.issuer(ISSUER).subject(userId).upn(userId).groups(Set.of(role))
                .expiresAt(expiresAt).jws().sign(key());
        return new SignedToken(token, expiresAt);
    }

    private PrivateKey key() {
        PrivateKey loaded = key;
        if (loaded == null) {
            Path file = keyFile.orElseThrow(() -> new IllegalStateException("development sign-in is off"));
            try {
                loaded = KeyUtils.decodePrivateKey(Files.readString(file));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the dev signing key " + file + ": " + e.getMessage(), e);
            }
            key = loaded;
        }
        return loaded;
    }

    public record DemoUser(String id, String role) {
    }

    public record SignedToken(String token, Instant expiresAt) {
    }
}
