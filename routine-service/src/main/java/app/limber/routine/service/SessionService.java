package app.limber.routine.service;

import app.limber.routine.domain.Caller;
import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.domain.SessionInput;
import app.limber.routine.domain.SessionTiming;
import app.limber.routine.domain.SessionValidator;
import app.limber.routine.messaging.PlanAndSessionEvents;
import app.limber.platform.api.PageRequest;
import app.limber.routine.persistence.Paged;
import app.limber.routine.persistence.InMemoryCatalog;
import app.limber.routine.persistence.PlanRepository;
import app.limber.routine.persistence.Routine;
import app.limber.routine.persistence.RoutineRepository;
import app.limber.routine.persistence.SessionRepository;
import app.limber.routine.persistence.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.limber.routine.domain.RoutineException.Reason.KEY_REUSED;
import static app.limber.routine.domain.RoutineException.Reason.NOT_FOUND;

/**
 * Recording, listing and deleting a user's own sessions, and listing an athlete's for their coach; every change goes
 * to the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionService {

    /** The outcome of a POST: the session, and whether it was recorded earlier under the same key. */
    public record Recorded(TrainingSession session, boolean replayed) {
    }

    private final SessionRepository sessions;
    private final PlanRepository plans;
    private final RoutineService routines;
    private final InMemoryCatalog catalog;
    private final PlanAndSessionEvents events;
    private final SessionPrescriptions prescriptions;
    private final CoachingService coaching;
    private final RoutineRepository routineRows;
    private final Clock clock;

    SessionService(SessionRepository sessions, PlanRepository plans, RoutineService routines,
                   InMemoryCatalog catalog, PlanAndSessionEvents events, SessionPrescriptions prescriptions,
                   CoachingService coaching, RoutineRepository routineRows, Clock clock) {
        this.sessions = sessions;
        this.coaching = coaching;
        this.routineRows = routineRows;
        this.plans = plans;
        this.routines = routines;
        this.catalog = catalog;
        this.events = events;
        this.prescriptions = prescriptions;
        this.clock = clock;
    }

    public Paged<TrainingSession> list(Caller caller, LocalDate from, LocalDate to, PageRequest page) {
        return sessions.ofUser(caller.userId(), from, to, page.page(), page.size());
    }

    /** A session with the name of the routine it was done on, as a coach sees it. */
    public record NamedSession(TrainingSession session, String routineName) {
    }

    /**
     * One page of an athlete's sessions, ordered like {@link #list}, for a coach the athlete lets see their progress
     * (or an admin); anyone else finds no such athlete.
     */
    public Paged<NamedSession> ofAthlete(String athleteId, Caller caller, LocalDate from, LocalDate to, PageRequest page) {
        coaching.requireProgressView(athleteId, caller);
        Paged<TrainingSession> found = sessions.ofUser(athleteId, from, to, page.page(), page.size());
        Map<UUID, String> names = routineRows.namesOf(found.items().stream().map(s -> s.routineId).distinct().toList());
        return found.map(s -> new NamedSession(s, names.get(s.routineId)));
    }

    public TrainingSession get(UUID id, Caller caller) {
        return sessions.ownedBy(id, caller.userId()).orElseThrow(() -> notFound(id));
    }

    /**
     * Records a session. With an idempotency key, a repeat of the same request ({@code requestHash}) answers
     * the session recorded first; the same key with a different request is refused.
     */
    @Transactional
    public Recorded record(SessionInput input, String idempotencyKey, String requestHash, Caller caller) {
        if (idempotencyKey != null) {
            sessions.lockIdempotencyKey(caller.userId(), idempotencyKey);
            var earlier = sessions.byIdempotencyKey(caller.userId(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(requestHash)) {
                    throw new RoutineException(KEY_REUSED,
                            "Idempotency-Key was already used for a different request; use a new key for a new session");
                }
                return new Recorded(earlier.get(), true);
            }
        }
        Instant now = clock.instant();
        Optional<Routine> routine = routines.findVisible(input.routineId(), caller);
        boolean planOwned = input.planId() == null || plans.ownedBy(input.planId(), caller.userId()).isPresent();
        Map<String, ExerciseSnapshot> known = catalog.bySlugs(
                input.exercises().stream().map(SessionInput.ExerciseResult::exerciseSlug).distinct().toList());
        SessionValidator.validate(input, now, routine.isPresent(), planOwned, known);

        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.userId = caller.userId();
        session.routineId = input.routineId();
        session.planId = input.planId();
        session.purpose = routine.get().purpose;
        session.startedAt = micros(input.startedAt());
        session.completedAt = micros(input.completedAt());
        session.timeZone = input.timeZone();
        SessionTiming timing = new SessionTiming(session.startedAt, session.completedAt, ZoneId.of(input.timeZone()));
        session.localDate = timing.localDate();
        session.durationSeconds = timing.durationSeconds();
        session.effort = input.effort();
        session.discomfort = input.discomfort();
        session.exercises = input.exercises().stream().map(SessionInput.ExerciseResult::done).toList();
        session.idempotencyKey = idempotencyKey;
        session.requestHash = requestHash;
        session.createdAt = now;
        sessions.persist(session);
        events.sessionCompleted(session, known, prescriptions.of(routine.get()), now);
        return new Recorded(session, false);
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        TrainingSession session = sessions.ownedBy(id, caller.userId())
                .orElseThrow(() -> notFound(id));
        sessions.delete(session);
        events.sessionDeleted(session, clock.instant());
    }

    private static RoutineException notFound(UUID id) {
        return new RoutineException(NOT_FOUND, "no session " + id);
    }

    /** PostgreSQL keeps microseconds: the answer to a replay must equal the first answer. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
