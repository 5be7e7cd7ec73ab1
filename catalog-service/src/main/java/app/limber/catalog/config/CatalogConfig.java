package app.limber.catalog.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "limber.catalog")
public interface CatalogConfig {

    Seed seed();

    Listing listing();

    interface Seed {
        /** Whether the seed file is applied at start-up. */
        @WithDefault("true")
        boolean enabled();

        /** Classpath resource of the seed file. */
        @WithDefault("seed/exercises.yaml")
        String resource();
    }

    interface Listing {
        /**
         * How often an instance checks the database for changes other instances made, to drop its
         * cached listings; its own changes drop them at once. Bounds how stale another instance's
         * listings can be.
         */
        @WithDefault("1s")
        Duration refreshInterval();

        /**
         * Roughly how many bytes of rendered listings an instance keeps (e.g. 16M); when they would
         * exceed it the cache starts over, so no query mix can grow it further. 0 turns caching off.
         */
        @WithDefault("16M")
        MemorySize cacheSize();
    }
}
