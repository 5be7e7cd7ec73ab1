package app.limber.catalog.seed;

import app.limber.catalog.config.CatalogConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the seed file at start-up (after Flyway has migrated); a bad seed file stops the start. */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final SeedApplier applier;
    private final CatalogConfig config;

    SeedLoader(SeedApplier applier, CatalogConfig config) {
        this.applier = applier;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.seed().enabled()) {
            load();
        }
    }

    /** Reads and applies the configured seed file; safe to call at any time. */
    public SeedApplier.Outcome load() {
        List<SeedEntry> entries = read(config.seed().resource());
        SeedApplier.Outcome outcome = applier.apply(entries);
        LOG.infof("catalog seed %s: %d entries, %d created, %d updated, %d unchanged, %d retired and left alone",
                config.seed().resource(), entries.size(), outcome.created(), outcome.updated(), outcome.unchanged(),
                outcome.retiredSkipped());
        return outcome;
    }

    private static List<SeedEntry> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed file " + resource + " is not on the classpath");
            }
            return SeedFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + resource, e);
        }
    }
}
