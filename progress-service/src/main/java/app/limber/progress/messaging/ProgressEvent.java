package app.limber.progress.messaging;

import java.util.UUID;

import app.limber.progress.domain.PauseResumption;
import app.limber.progress.domain.PlanEnding;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.coach.CoachGrant;

/**
 * The narrow copy progress keeps of each event it reads (a tolerant reader: only these fields are read,
 * anything else in a payload is ignored). {@link #userId()} is the user whose facts the event changes: the athlete
 * of a coaching event.
 */
public sealed interface ProgressEvent {

    UUID eventId();

    String userId();

    /** @param assignedBy the coach who scheduled the plan, or null when the athlete did */
    record PlanScheduled(UUID eventId, String userId, PlanFact plan, String assignedBy) implements ProgressEvent {
    }

    record PlanEnded(UUID eventId, String userId, PlanEnding ending) implements ProgressEvent {
    }

    /** @param pausedBy the athlete or the coach who paused the plan */
    record PlanPaused(UUID eventId, String userId, PlanPause pause, String pausedBy) implements ProgressEvent {
    }

    record PlanResumed(UUID eventId, String userId, PauseResumption resumption) implements ProgressEvent {
    }

    record SessionCompleted(UUID eventId, String userId, SessionFact session) implements ProgressEvent {
    }

    record SessionDeleted(UUID eventId, String userId, UUID sessionId) implements ProgressEvent {
    }

    /** A coaching grant or revoke: what the athlete lets the coach do from now on. */
    record CoachingChanged(UUID eventId, String userId, CoachGrant grant) implements ProgressEvent {
    }

}
