package app.limber.routine.api;

import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.SessionExercise;
import app.limber.routine.service.SessionService;
import app.limber.routine.persistence.TrainingSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One of an athlete's sessions as their coach sees it: the session, and the name of the routine it was done on. */
public record AthleteSessionView(UUID id, UUID routineId,
                                 @Schema(description = "The routine's name, also when it is private to the athlete or deleted")
                                 String routineName,
                                 UUID planId, Purpose purpose, Instant startedAt, Instant completedAt,
                                 String timeZone,
                                 @Schema(description = "completedAt's date in the session's time zone") LocalDate localDate,
                                 int durationSeconds,
                                 @Schema(description = "Perceived effort 1 (very easy) to 10 (maximal); null when not given") Integer effort,
                                 @Schema(description = "Pain during or after the session, 0 to 10; null when not given") Integer discomfort,
                                 @Schema(description = "What the athlete did of each exercise, in the order done") List<SessionExercise> exercises) {

    static AthleteSessionView of(SessionService.NamedSession named) {
        TrainingSession s = named.session();
        return new AthleteSessionView(s.id, s.routineId, named.routineName(), s.planId, s.purpose, s.startedAt,
                s.completedAt, s.timeZone, s.localDate, s.durationSeconds, s.effort, s.discomfort, s.exercises);
    }
}
