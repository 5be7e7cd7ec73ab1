package app.limber.progress.domain.coach;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A condition that holds for an athlete now: what {@link AlertRules} find. Its {@link #key()} names the occurrence
 * (the kind and what it is about: a spell, a plan's run of weeks, a session, a week), so the same condition found
 * again is the same alert, and a new spell, run, session or week is a new one.
 *
 * @param occurrence what it is about, e.g. {@code since/2026-11-20/low}; no {@code |}
 * @param detail     the kind's numbers for the coach, JSON-ready (strings, numbers, booleans, null)
 */
public record AthleteAlert(AlertKind kind, AlertLevel level, String occurrence, Map<String, Object> detail) {

    public AthleteAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(occurrence, "occurrence");
        if (occurrence.contains("|")) {
            throw new IllegalArgumentException("an occurrence has no |: " + occurrence);
        }
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /** {@code <kind>|<occurrence>}: what a recorded alert is matched by. */
    public String key() {
        return kind.slug() + "|" + occurrence;
    }
}
