package app.limber.routine.service;

import app.limber.platform.problem.Problem;
import app.limber.platform.problem.ProblemException;
import app.limber.routine.api.Caller;
import app.limber.routine.api.SessionRequest;
import app.limber.routine.domain.Exercise;
import app.limber.routine.domain.Routine;
import app.limber.routine.domain.SessionExercise;
import app.limber.routine.domain.SessionTiming;
import app.limber.routine.domain.TimeZones;
import app.limber.routine.domain.TrainingSession;
import app.limber.routine.messaging.RoutineEvents;
import app.limber.routine.persistence.CatalogReadModel;
import app.limber.routine.persistence.PlanRepository;
import app.limber.routine.persistence.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recording, listing and deleting a user's own sessions; every change goes to the outbox in the same transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionService {

    /** The outcome of a POST: the session, and whether it was recorded earlier under the same key. */
    public record Recorded(TrainingSession session, boolean replayed) {
    }

    private final SessionRepository sessions;
    private final PlanRepository plans;
    private final RoutineService routines;
    private final CatalogReadModel catalog;
    private final RoutineEvents events;
    private final Clock clock;

    SessionService(SessionRepository sessions, PlanRepository plans, RoutineService routines,
                   CatalogReadModel catalog, RoutineEvents events, Clock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.routines = routines;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    public List<TrainingSession> list(Caller caller, LocalDate from, LocalDate to) {
        return sessions.ofUser(caller.userId(), from, to);
    }

    /**
     * Records a session. With an idempotency key, a repeat of the same request answers the session recorded
     * first; the same key with a different request is refused (422).
     */
    @Transactional
    public Recorded record(SessionRequest request, String idempotencyKey, String requestHash, Caller caller) {
        if (idempotencyKey != null) {
            sessions.lockIdempotencyKey(caller.userId(), idempotencyKey);
            var earlier = sessions.byIdempotencyKey(caller.userId(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(requestHash)) {
                    throw ProblemException.unprocessable(
                            "Idempotency-Key was already used for a different request; use a new key for a new session");
                }
                return new Recorded(earlier.get(), true);
            }
        }
        Instant now = clock.instant();
        Checked checked = check(request, caller, now);
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.userId = caller.userId();
        session.routineId = request.routineId();
        session.planId = request.planId();
        session.purpose = checked.routine().purpose;
        session.startedAt = micros(request.startedAt());
        session.completedAt = micros(request.completedAt());
        session.timeZone = request.timeZone();
        SessionTiming timing = new SessionTiming(session.startedAt, session.completedAt, ZoneId.of(request.timeZone()));
        session.localDate = timing.localDate();
        session.durationSeconds = timing.durationSeconds();
        session.effort = request.effort();
        session.exercises = request.exercises().stream()
                .map(e -> new SessionExercise(e.exerciseSlug(), e.side(), orZero(e.setsDone()), orZero(e.repsDone()),
                        orZero(e.holdSeconds()), e.completed() == null || e.completed()))
                .toList();
        session.idempotencyKey = idempotencyKey;
        session.requestHash = requestHash;
        session.createdAt = now;
        sessions.persist(session);
        events.sessionCompleted(session, checked.exercises(), now);
        return new Recorded(session, false);
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        TrainingSession session = sessions.ownedBy(id, caller.userId())
                .orElseThrow(() -> ProblemException.of(Response.Status.NOT_FOUND, "no session " + id));
        sessions.delete(session);
        events.sessionDeleted(session, clock.instant());
    }

    private record Checked(Routine routine, Map<String, Exercise> exercises) {
    }

    private Checked check(SessionRequest request, Caller caller, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!TimeZones.isIana(request.timeZone())) {
            errors.add(new Problem.FieldError("timeZone", "must be an IANA time zone id such as Europe/Berlin"));
        }
        SessionTiming.check(request.startedAt(), request.completedAt(), now)
                .forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
        Routine routine = routines.findVisible(request.routineId(), caller).orElse(null);
        if (routine == null) {
            errors.add(new Problem.FieldError("routineId", "no such routine"));
        }
        if (request.planId() != null && plans.ownedBy(request.planId(), caller.userId()).isEmpty()) {
            errors.add(new Problem.FieldError("planId", "no such plan"));
        }
        Map<String, Exercise> known = catalog.bySlugs(
                request.exercises().stream().map(SessionRequest.ExerciseResult::exerciseSlug).distinct().toList());
        for (int i = 0; i < request.exercises().size(); i++) {
            Exercise exercise = known.get(request.exercises().get(i).exerciseSlug());
            if (exercise == null || exercise.name() == null) {
                errors.add(new Problem.FieldError("exercises[" + i + "].exerciseSlug", "is not in the catalog"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        return new Checked(routine, known);
    }

    /** PostgreSQL keeps microseconds: the answer to a replay must equal the first answer. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
