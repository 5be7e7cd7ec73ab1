package app.limber.progress.messaging;

import java.util.UUID;

import app.limber.progress.domain.PlanEnding;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;

/**
 * The narrow copy progress keeps of each event it reads (a tolerant reader: only these fields are read,
 * anything else in a payload is ignored).
 */
public sealed interface ProgressEvent {

    UUID eventId();

    String userId();

    record PlanScheduled(UUID eventId, String userId, PlanFact plan) implements ProgressEvent {
    }

    record PlanEnded(UUID eventId, String userId, PlanEnding ending) implements ProgressEvent {
    }

    record SessionCompleted(UUID eventId, String userId, SessionFact session) implements ProgressEvent {
    }

    record SessionDeleted(UUID eventId, String userId, UUID sessionId) implements ProgressEvent {
    }

}
