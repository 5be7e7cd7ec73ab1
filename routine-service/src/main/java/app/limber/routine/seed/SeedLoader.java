package app.limber.routine.seed;

import app.limber.routine.persistence.RoutineRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Loads the public templates of {@value #RESOURCE} at start-up (after Flyway has migrated); a bad seed
 * file stops the start. Instances starting together take turns, so only one of them inserts each template.
 */
@ApplicationScoped
public class SeedLoader {

    static final String RESOURCE = "seed/routines.yaml";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final SeedApplier applier;
    private final RoutineRepository routines;

    SeedLoader(SeedApplier applier, RoutineRepository routines) {
        this.applier = applier;
        this.routines = routines;
    }

    void onStart(@Observes StartupEvent start) {
        load();
    }

    /** Reads and applies the seed file; safe to call at any time. */
    @Transactional
    public SeedApplier.Outcome load() {
        List<SeedTemplate> templates = read();
        routines.lockTemplateSeeding();
        SeedApplier.Outcome outcome = applier.apply(templates);
        LOG.infof("routine templates: %d in %s, %d inserted, %d updated, %d unchanged", templates.size(), RESOURCE,
                outcome.inserted(), outcome.updated(), outcome.unchanged());
        return outcome;
    }

    /** The templates of the seed file on the classpath. */
    public static List<SeedTemplate> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return SeedFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
