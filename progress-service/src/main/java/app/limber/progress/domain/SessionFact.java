package app.limber.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What progress knows of one {@code limber.session.completed.v1} event.
 *
 * @param planId    the plan the user named, or null
 * @param timeZone  the zone the user trained in
 * @param localDate completedAt's date in {@code timeZone}: the day the session counts for
 */
public record SessionFact(UUID sessionId, UUID routineId, UUID planId, Instant completedAt, ZoneId timeZone,
                          LocalDate localDate, int durationSeconds, List<ExerciseFact> exercises) {

    public SessionFact {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(routineId, "routineId");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(localDate, "localDate");
        exercises = List.copyOf(Objects.requireNonNull(exercises, "exercises"));
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds cannot be negative");
        }
    }

    public Optional<UUID> namedPlan() {
        return Optional.ofNullable(planId);
    }

    /** The ISO week of this session for a plan counted in {@code planZone}. */
    public IsoWeek weekIn(ZoneId planZone) {
        return IsoWeek.containing(completedAt, planZone);
    }
}
