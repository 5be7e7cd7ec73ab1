package app.limber.routine.service;

import app.limber.routine.domain.Prescription;
import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.Range;
import app.limber.routine.domain.Routine;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.domain.Visibility;
import app.limber.routine.persistence.RoutineRepository;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Loads the public templates of {@code seed/routines.yaml} at start-up, upserting by slug, so that
 * loading again changes nothing. Ids derive from the slug, so a template has the same id everywhere.
 * Templates need no catalog data: their items show whatever the read model knows when they are read.
 * A template an admin deleted stays deleted.
 */
@ApplicationScoped
public class TemplateSeeder {

    static final String RESOURCE = "seed/routines.yaml";
    private static final Logger LOG = Logger.getLogger(TemplateSeeder.class);
    /** Several instances may start together: one seeds at a time. */
    private static final long SEED_LOCK = 0x6c696d626572L;

    record SeedFile(List<SeedRoutine> routines) {
    }

    record SeedRoutine(String slug, String name, String description, Purpose purpose, Range rounds, Source source,
                       List<SeedItem> items) {
    }

    record Source(String title, String article) {
    }

    record SeedItem(String exercise, Prescription prescription, Integer restSeconds) {
    }

    private final RoutineRepository routines;
    private final EntityManager em;

    TemplateSeeder(RoutineRepository routines, EntityManager em) {
        this.routines = routines;
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        seed();
    }

    @Transactional
    public void seed() {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)").setParameter(1, SEED_LOCK).getSingleResult();
        List<SeedRoutine> templates = read().routines();
        int changed = 0;
        for (SeedRoutine template : templates) {
            if (upsert(template)) {
                changed++;
            }
        }
        LOG.infof("routine templates: %d in %s, %d inserted or updated", templates.size(), RESOURCE, changed);
    }

    public static UUID templateId(String slug) {
        return UUID.nameUUIDFromBytes(("limber:routine-template:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    static SeedFile read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return yaml.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private boolean upsert(SeedRoutine template) {
        Routine routine = routines.findBySlug(template.slug()).orElse(null);
        Instant now = Instant.now();
        boolean created = routine == null;
        if (created) {
            routine = new Routine();
            routine.id = templateId(template.slug());
            routine.slug = template.slug();
            routine.createdAt = now;
        }
        List<RoutineItem> items = template.items().stream()
                .map(i -> new RoutineItem(i.exercise(), i.prescription(), i.restSeconds() == null ? 0 : i.restSeconds()))
                .toList();
        boolean same = !created && Objects.equals(routine.name, template.name())
                && Objects.equals(routine.description, template.description()) && routine.purpose == template.purpose()
                && routine.roundsMin == template.rounds().min() && routine.roundsMax == template.rounds().max()
                && Objects.equals(routine.items, items) && Objects.equals(routine.sourceTitle, template.source().title())
                && Objects.equals(routine.sourceArticle, template.source().article());
        if (same) {
            return false;
        }
        routine.name = template.name();
        routine.description = template.description();
        routine.purpose = template.purpose();
        routine.visibility = Visibility.PUBLIC;
        routine.roundsMin = template.rounds().min();
        routine.roundsMax = template.rounds().max();
        routine.items = items;
        routine.sourceTitle = template.source().title();
        routine.sourceArticle = template.source().article();
        routine.updatedAt = now;
        if (created) {
            routines.persist(routine);
        }
        return true;
    }
}
