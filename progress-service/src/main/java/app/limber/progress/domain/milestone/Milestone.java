package app.limber.progress.domain.milestone;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A milestone that is true for the facts it was computed from: its key, its payload and, for episodes (streak
 * runs, comeback spells), the whole episode as it stands now ({@code episode}), which may have grown beyond the
 * days in the key.
 *
 * @param episode the days of the whole run or spell; null for exact periods
 */
public record Milestone(MilestoneKey key, MilestoneDetails details, DateRange episode) {

    public Milestone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(details, "details");
        if (details.type() != key.type()) {
            throw new IllegalArgumentException(details.type() + " details under a " + key.type() + " key");
        }
        if (key.period().episode().isPresent() != (episode != null)) {
            throw new IllegalArgumentException("episodes, and only they, carry their whole span");
        }
    }

    /** A milestone about an exact period (a plan-week, a day, the start of an inactive spell). */
    public static Milestone exact(MilestoneKey key, MilestoneDetails details) {
        return new Milestone(key, details, null);
    }

    public MilestoneType type() {
        return key.type();
    }

    /** The type's payload fields: {@code planId} when the milestone belongs to a plan, then the details. */
    public Map<String, Object> payloadFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (key.planId() != null) {
            fields.put("planId", key.planId().toString());
        }
        fields.putAll(details.fields());
        return Collections.unmodifiableMap(fields);
    }
}
