package app.limber.routine.messaging;

import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.SessionExercise;
import app.limber.routine.domain.SessionPrescription;
import app.limber.routine.persistence.Plan;
import app.limber.routine.persistence.PlanPause;
import app.limber.routine.persistence.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes plan and session events to the outbox, in the caller's transaction, sealed with the user's data key and
 * keyed by their alias, so that one user's events stay in order.
 */
@ApplicationScoped
public class PlanAndSessionEvents {

    public static final String PLAN_TOPIC = "routine.plan-events";
    public static final String SESSION_TOPIC = "routine.session-events";
    public static final String PLAN_SCHEDULED = "limber.plan.scheduled.v1";
    public static final String PLAN_ENDED = "limber.plan.ended.v1";
    public static final String PLAN_PAUSED = "limber.plan.paused.v1";
    public static final String PLAN_RESUMED = "limber.plan.resumed.v1";
    public static final String SESSION_COMPLETED = "limber.session.completed.v1";
    public static final String SESSION_DELETED = "limber.session.deleted.v1";
    /** Where each event type goes. */
    static final Map<String, String> TOPICS = Map.of(
            PLAN_SCHEDULED, PLAN_TOPIC,
            PLAN_ENDED, PLAN_TOPIC,
            PLAN_PAUSED, PLAN_TOPIC,
            PLAN_RESUMED, PLAN_TOPIC,
            SESSION_COMPLETED, SESSION_TOPIC,
            SESSION_DELETED, SESSION_TOPIC);

    private final OutboxWriter writer;

    PlanAndSessionEvents(OutboxWriter writer) {
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void planScheduled(Plan plan, Instant now) {
        UUID eventId = UUID.randomUUID();
        append(plan.userId, PLAN_SCHEDULED, eventId, now,
                new EventPayloads.PlanScheduled(eventId, now, plan.userId, plan.id, plan.routineId, plan.weeklyTarget,
                        plan.timeZone, plan.startsOn, plan.endsOn, plan.assignedBy));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void planEnded(Plan plan, Instant now) {
        UUID eventId = UUID.randomUUID();
        append(plan.userId, PLAN_ENDED, eventId, now,
                new EventPayloads.PlanEnded(eventId, now, plan.userId, plan.id, plan.endsOn));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void planPaused(Plan plan, PlanPause pause, Instant now) {
        UUID eventId = UUID.randomUUID();
        append(plan.userId, PLAN_PAUSED, eventId, now, new EventPayloads.PlanPaused(eventId, now, plan.userId, plan.id,
                pause.id, pause.startsOn, pause.endsOn, pause.pausedBy));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void planResumed(Plan plan, PlanPause pause, Instant now) {
        UUID eventId = UUID.randomUUID();
        append(plan.userId, PLAN_RESUMED, eventId, now,
                new EventPayloads.PlanResumed(eventId, now, plan.userId, plan.id, pause.id, pause.resumedOn));
    }

    /**
     * {@code exercises} must know every slug of the session (checked when it was recorded); {@code prescription} is
     * the routine as prescribed at this moment, and names the item each logged exercise belongs to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionCompleted(TrainingSession session, Map<String, ExerciseSnapshot> exercises,
                                 SessionPrescription prescription, Instant now) {
        UUID eventId = UUID.randomUUID();
        List<Integer> positions = prescription.positionsOf(session.exercises);
        List<EventPayloads.ExerciseDone> done = new ArrayList<>();
        for (int i = 0; i < session.exercises.size(); i++) {
            SessionExercise e = session.exercises.get(i);
            done.add(new EventPayloads.ExerciseDone(e.exerciseSlug(), exercises.get(e.exerciseSlug()).targetAreas(),
                    e.side(), e.setsDone(), e.repsDone(), e.holdSeconds(), e.completed(), positions.get(i)));
        }
        append(session.userId, SESSION_COMPLETED, eventId, now,
                new EventPayloads.SessionCompleted(eventId, now, session.userId, session.id, session.routineId,
                        session.planId, session.purpose.term(), session.startedAt, session.completedAt,
                        session.timeZone, session.localDate, session.durationSeconds, done, session.effort,
                        session.discomfort, EventPayloads.Prescribed.of(prescription)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionDeleted(TrainingSession session, Instant now) {
        UUID eventId = UUID.randomUUID();
        append(session.userId, SESSION_DELETED, eventId, now,
                new EventPayloads.SessionDeleted(eventId, now, session.userId, session.id));
    }

    private void append(String key, String type, UUID eventId, Instant occurredAt, Object payload) {
        writer.appendSealed(TOPICS.get(type), key, type, eventId, occurredAt, payload);
    }
}
