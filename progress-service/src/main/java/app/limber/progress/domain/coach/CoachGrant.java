package app.limber.progress.domain.coach;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What an athlete granted one coach, as the latest {@code limber.coaching.granted.v1} or {@code revoked.v1} event of
 * the pair says: a grant replaces the scopes, a revoke takes them all away. "Latest" is the later {@code occurredAt},
 * ties broken by the event id's text, so that the same events leave the same grant in any arrival order.
 *
 * @param scopes empty exactly when revoked
 */
public record CoachGrant(String athleteId, String coachId, Set<String> scopes, Instant occurredAt, UUID eventId) {

    /** The scope that lets a coach read an athlete's progress (the only one progress acts on). */
    public static final String VIEW_PROGRESS = "view-progress";
    /** Every scope of the contract. */
    public static final Set<String> SCOPES = Set.of(VIEW_PROGRESS, "assign-plans");

    private static final Comparator<CoachGrant> RECENCY = Comparator.comparing(CoachGrant::occurredAt)
            .thenComparing(grant -> grant.eventId().toString());

    public CoachGrant {
        Objects.requireNonNull(athleteId, "athleteId");
        Objects.requireNonNull(coachId, "coachId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(eventId, "eventId");
        scopes = Set.copyOf(new TreeSet<>(scopes));
        if (!SCOPES.containsAll(scopes)) {
            throw new IllegalArgumentException("unknown scope in " + scopes);
        }
    }

    public static CoachGrant granted(String athleteId, String coachId, Set<String> scopes, Instant at, UUID eventId) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a grant has at least one scope");
        }
        return new CoachGrant(athleteId, coachId, scopes, at, eventId);
    }

    public static CoachGrant revoked(String athleteId, String coachId, Instant at, UUID eventId) {
        return new CoachGrant(athleteId, coachId, Set.of(), at, eventId);
    }

    public boolean revoked() {
        return scopes.isEmpty();
    }

    public boolean letsViewProgress() {
        return scopes.contains(VIEW_PROGRESS);
    }

    /** Whether this event of the pair wins over {@code other}. */
    public boolean supersedes(CoachGrant other) {
        return RECENCY.compare(this, other) > 0;
    }
}
