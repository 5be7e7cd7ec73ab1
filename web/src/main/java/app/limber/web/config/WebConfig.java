package app.limber.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the services are and how people sign in; every value comes from the environment in a deployment
 * ({@code LIMBER_WEB_CATALOG_URL}, {@code LIMBER_WEB_DEV_SIGN_IN_KEY}, ...).
 */
@ConfigMapping(prefix = "limber.web")
public interface WebConfig {

    /** catalog-service's base URL, e.g. http://localhost:8081. */
    URI catalogUrl();

    /** routine-service's base URL. */
    URI routineUrl();

    /** progress-service's base URL. */
    URI progressUrl();

    /**
     * The PEM private key the development sign-in signs tokens with. Set only on a local stack, which passes
     * its dev key; when absent the sign-in page offers the OIDC provider and nothing else.
     */
    Optional<Path> devSignInKey();

    /** Whether the session cookie is Secure; only a plain-HTTP local stack turns this off. */
    @WithDefault("true")
    boolean secureCookies();

    /** How long a session lasts without the token expiring earlier. */
    @WithDefault("12h")
    java.time.Duration sessionLifetime();
}
