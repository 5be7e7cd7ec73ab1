package app.limber.routine.seed;

import app.limber.routine.domain.RoutineContent;
import app.limber.routine.domain.RoutineSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One public template of the seed file: its slug, what it is, and the article it comes from. */
public record SeedTemplate(String slug, RoutineContent content, RoutineSource source) {

    /** Derived from the slug, so that a template has the same id in every environment. */
    public static UUID id(String slug) {
        return UUID.nameUUIDFromBytes(("limber:routine-template:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    public UUID id() {
        return id(slug);
    }
}
