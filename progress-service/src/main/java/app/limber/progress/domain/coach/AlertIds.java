package app.limber.progress.domain.coach;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic alert ids: {@code UUID.nameUUIDFromBytes(UTF-8 of "<length of coachId>:<coachId>|<athleteId>|<key>|
 * <occurrence>")}, the key being {@link AthleteAlert#key()} and {@code occurrence} counting the times the key opened
 * for that coach (1 the first time, 2 when it opened again after it cleared). User ids may hold {@code |} (auth0
 * subjects do), so the coach's id goes with its length: read from the right (occurrence, then the key's two fields,
 * neither with a {@code |}), what remains splits one way only. Recomputing an alert (a redelivered batch, a restart,
 * a second instance, the sweep) arrives at the id already recorded and publishes nothing twice.
 */
public final class AlertIds {

    private AlertIds() {
    }

    public static UUID of(String coachId, String athleteId, String key, int occurrence) {
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrences count from 1, was " + occurrence);
        }
        String name = coachId.length() + ":" + coachId + "|" + athleteId + "|" + key + "|" + occurrence;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
