package app.limber.routine.seed;

import app.limber.routine.domain.Visibility;
import app.limber.routine.persistence.Routine;
import app.limber.routine.persistence.RoutineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Upserts seed templates by slug, in the caller's transaction. A template whose content and source equal
 * the stored routine's is left alone, so that loading again changes nothing; one that differs takes the
 * seed's content and is public again. A template an admin deleted stays deleted. Templates need no
 * catalog data: their items show whatever the read model knows when they are read.
 */
@ApplicationScoped
public class SeedApplier {

    /** What a load did. */
    public record Outcome(int inserted, int updated, int unchanged) {
    }

    private final RoutineRepository routines;

    SeedApplier(RoutineRepository routines) {
        this.routines = routines;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(List<SeedTemplate> templates) {
        Instant now = Instant.now();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (SeedTemplate template : templates) {
            Routine stored = routines.findBySlug(template.slug()).orElse(null);
            if (stored == null) {
                Routine routine = new Routine();
                routine.id = template.id();
                routine.slug = template.slug();
                routine.createdAt = now;
                adopt(routine, template, now);
                routines.persist(routine);
                inserted++;
            } else if (stored.content().equals(template.content()) && Objects.equals(stored.source(), template.source())) {
                unchanged++;
            } else {
                adopt(stored, template, now);
                updated++;
            }
        }
        return new Outcome(inserted, updated, unchanged);
    }

    private static void adopt(Routine routine, SeedTemplate template, Instant now) {
        routine.visibility = Visibility.PUBLIC;
        routine.describe(template.content(), now);
        routine.cite(template.source());
    }
}
