package app.limber.progress.domain.milestone;

import java.util.Objects;
import java.util.UUID;

/**
 * What the store holds for one key: its latest occurrence and whether that occurrence is still true ({@code active})
 * or was revoked. One row per key and user; an occurrence that becomes true again replaces the row with
 * {@code occurrence + 1}.
 */
public record RecordedMilestone(MilestoneKey key, int occurrence, boolean active) {

    public RecordedMilestone {
        Objects.requireNonNull(key, "key");
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrences count from 1, was " + occurrence);
        }
    }

    /** The id this occurrence was published under. */
    public UUID id() {
        return key.id(occurrence);
    }
}
