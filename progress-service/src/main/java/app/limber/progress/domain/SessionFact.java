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
 * @param effort     how hard it felt, 1..10, or null when not given
 * @param discomfort pain during or after it, 0..10, or null when not given
 * @param prescription the routine as prescribed when it was recorded, or null (records from before routine said it)
 */
public record SessionFact(UUID sessionId, UUID routineId, UUID planId, Instant completedAt, ZoneId timeZone,
                          LocalDate localDate, int durationSeconds, List<ExerciseFact> exercises, Integer effort,
                          Integer discomfort, SessionPrescription prescription) {

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
        if (effort != null && (effort < 1 || effort > 10) || discomfort != null && (discomfort < 0 || discomfort > 10)) {
            throw new IllegalArgumentException("effort must be 1..10 and discomfort 0..10");
        }
    }

    /** A session that says nothing of what was prescribed. */
    public SessionFact(UUID sessionId, UUID routineId, UUID planId, Instant completedAt, ZoneId timeZone,
                       LocalDate localDate, int durationSeconds, List<ExerciseFact> exercises, Integer effort,
                       Integer discomfort) {
        this(sessionId, routineId, planId, completedAt, timeZone, localDate, durationSeconds, exercises, effort,
                discomfort, null);
    }

    /** A session whose athlete said neither how hard it felt nor whether it hurt. */
    public SessionFact(UUID sessionId, UUID routineId, UUID planId, Instant completedAt, ZoneId timeZone,
                       LocalDate localDate, int durationSeconds, List<ExerciseFact> exercises) {
        this(sessionId, routineId, planId, completedAt, timeZone, localDate, durationSeconds, exercises, null, null);
    }

    public Optional<UUID> namedPlan() {
        return Optional.ofNullable(planId);
    }

    /** The ISO week of this session for a plan counted in {@code planZone}. */
    public IsoWeek weekIn(ZoneId planZone) {
        return IsoWeek.containing(completedAt, planZone);
    }
}
