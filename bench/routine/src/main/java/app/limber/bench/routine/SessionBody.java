package app.limber.bench.routine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The session every request records: the seeded warm-up template, two exercises, completed a minute ago. */
final class SessionBody {

    /** The seeded warm-up template: same id everywhere (derived from its slug). */
    static final UUID ROUTINE = UUID.nameUUIDFromBytes("limber:routine-template:hip-mobility-exercises-for-runners"
            .getBytes(StandardCharsets.UTF_8));

    private SessionBody() {
    }

    static String json() {
        Instant completed = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        return """
                {"routineId":"%s","startedAt":"%s","completedAt":"%s","timeZone":"Europe/Berlin","effort":5,
                 "exercises":[{"exerciseSlug":"leg-swings","side":"both","setsDone":1,"repsDone":12,"completed":true},
                              {"exerciseSlug":"clamshells","side":"left","setsDone":1,"repsDone":15,"completed":true}]}"""
                .formatted(ROUTINE, completed.minusSeconds(600), completed);
    }
}
