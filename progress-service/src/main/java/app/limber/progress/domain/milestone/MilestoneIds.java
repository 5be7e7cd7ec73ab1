package app.limber.progress.domain.milestone;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic milestone ids, so that recomputing a milestone (a redelivered batch, a restart, a second instance,
 * a rebuild) always arrives at the id already recorded and never publishes it twice.
 *
 * <p>A milestone's id is {@code UUID.nameUUIDFromBytes(UTF-8 of "<userId>|<key text>|<occurrence>")} (a version-3
 * UUID), with the key text of {@link MilestoneKey#text()} and {@code occurrence} counting the times the key became
 * true: 1 the first time. When a milestone is revoked and later becomes true again, that is occurrence 2: <b>if it
 * becomes true again, a new id</b>. The string is read unambiguously from the right (the occurrence, then the three
 * fields of the key text, none of which contains {@code |}), so a {@code |} in a user id cannot make two ids collide.
 *
 * <p>A revocation is published at most once per revoked id, so its id is
 * {@code UUID.nameUUIDFromBytes(UTF-8 of "revoked|<revoked milestone id>")}.
 */
public final class MilestoneIds {

    private MilestoneIds() {
    }

    public static UUID milestone(MilestoneKey key, int occurrence) {
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrences count from 1, was " + occurrence);
        }
        return name(key.userId() + "|" + key.text() + "|" + occurrence);
    }

    public static UUID revocation(UUID revokedMilestoneId) {
        return name(MilestoneType.REVOKED.slug() + "|" + revokedMilestoneId);
    }

    private static UUID name(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
