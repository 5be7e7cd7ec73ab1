package app.limber.routine.api;

import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.SessionExercise;
import app.limber.routine.persistence.TrainingSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SessionView(UUID id, UUID routineId, UUID planId, Purpose purpose, Instant startedAt, Instant completedAt,
                          String timeZone, LocalDate localDate, int durationSeconds, Integer effort,
                          @Schema(description = "Pain during or after the session, 0 to 10; null when not given") Integer discomfort,
                          List<SessionExercise> exercises) {

    static SessionView of(TrainingSession s) {
        return new SessionView(s.id, s.routineId, s.planId, s.purpose, s.startedAt, s.completedAt, s.timeZone,
                s.localDate, s.durationSeconds, s.effort, s.discomfort, s.exercises);
    }
}
