package app.limber.routine.api;

import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.SessionExercise;
import app.limber.routine.persistence.TrainingSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SessionView(UUID id, UUID routineId, UUID planId, Purpose purpose, Instant startedAt, Instant completedAt,
                          String timeZone, LocalDate localDate, int durationSeconds, Integer effort,
                          List<SessionExercise> exercises) {

    static SessionView of(TrainingSession s) {
        return new SessionView(s.id, s.routineId, s.planId, s.purpose, s.startedAt, s.completedAt, s.timeZone,
                s.localDate, s.durationSeconds, s.effort, s.exercises);
    }
}
