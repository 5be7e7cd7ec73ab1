package app.limber.progress.domain.milestone;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What reconciling a user's celebrations decided: occurrences to record and publish, and occurrences to mark revoked
 * and announce with {@code limber.milestone.revoked.v1}. Both lists are ordered by key text.
 */
public record MilestoneChanges(List<Publication> published, List<Revocation> revoked) {

    public static final MilestoneChanges NONE = new MilestoneChanges(List.of(), List.of());

    public MilestoneChanges {
        published = List.copyOf(published);
        revoked = List.copyOf(revoked);
    }

    /**
     * An occurrence of a key that just became true.
     *
     * @param milestone  the key (which may be a recorded key the episode is recognised as) with the current payload
     * @param occurrence 1 for a new key, the recorded occurrence + 1 for a key true again
     */
    public record Publication(Milestone milestone, int occurrence) {

        public Publication {
            Objects.requireNonNull(milestone, "milestone");
            if (occurrence < 1) {
                throw new IllegalArgumentException("occurrences count from 1, was " + occurrence);
            }
        }

        /** The milestone's id: also the event's {@code eventId} and {@code milestoneId}. */
        public UUID id() {
            return milestone.key().id(occurrence);
        }

        public RecordedMilestone recorded() {
            return new RecordedMilestone(milestone.key(), occurrence, true);
        }
    }

    /** A recorded occurrence that is no longer true. */
    public record Revocation(RecordedMilestone revoked, RevocationReason reason) {

        public Revocation {
            Objects.requireNonNull(revoked, "revoked");
            Objects.requireNonNull(reason, "reason");
            if (!revoked.active()) {
                throw new IllegalArgumentException("only an active occurrence can be revoked");
            }
        }

        /** The revoked milestone's id ({@code revokedMilestoneId}). */
        public UUID revokedId() {
            return revoked.id();
        }

        /** The revocation's own id: the {@code eventId} and {@code milestoneId} of the revoked event. */
        public UUID id() {
            return MilestoneIds.revocation(revokedId());
        }

        public RecordedMilestone recorded() {
            return new RecordedMilestone(revoked.key(), revoked.occurrence(), false);
        }

        /** The payload fields of {@code limber.milestone.revoked.v1} beyond the common ones. */
        public Map<String, Object> payloadFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("revokedMilestoneId", revokedId().toString());
            fields.put("revokedType", revoked.key().type().eventType());
            fields.put("reason", reason.slug());
            return fields;
        }
    }

    public boolean isEmpty() {
        return published.isEmpty() && revoked.isEmpty();
    }

    /** {@code recorded} with these changes applied: what the store holds afterwards, one row per key. */
    public List<RecordedMilestone> applyTo(Collection<RecordedMilestone> recorded) {
        Map<MilestoneKey, RecordedMilestone> byKey = new LinkedHashMap<>();
        recorded.forEach(row -> byKey.put(row.key(), row));
        revoked.forEach(revocation -> byKey.put(revocation.revoked().key(), revocation.recorded()));
        published.forEach(publication -> byKey.put(publication.milestone().key(), publication.recorded()));
        return byKey.values().stream().sorted(Comparator.comparing(row -> row.key().text())).toList();
    }
}
