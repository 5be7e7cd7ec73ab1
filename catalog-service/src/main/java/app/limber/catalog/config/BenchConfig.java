package app.limber.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Switches for bench/catalog-read.sh; off in every real deployment. */
@ConfigMapping(prefix = "limber.bench")
public interface BenchConfig {

    /** Serves GET /bench/constant, the baseline the listing is measured against. */
    @WithDefault("false")
    boolean enabled();
}
