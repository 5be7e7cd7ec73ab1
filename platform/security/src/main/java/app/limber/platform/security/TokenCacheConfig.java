package app.limber.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "limber.security.token-cache")
public interface TokenCacheConfig {

    /** Most verified tokens held at once; 0 verifies every request's token. */
    @WithDefault("10000")
    int size();

    /**
     * Longest a verification is reused. It bounds how long a token keeps passing after its signing key was
     * withdrawn from the key set; a token's own expiry always ends its entry sooner.
     */
    @WithDefault("60s")
    Duration ttl();
}
