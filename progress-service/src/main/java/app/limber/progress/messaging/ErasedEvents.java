package app.limber.progress.messaging;

import app.limber.progress.domain.coach.CoachGrant;
import app.limber.progress.persistence.ErasedUsers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a batch leaves out for erased users, in front of the applier, so that the rest of the consumer is unchanged:
 * an event whose user (or a grant's coach) was erased creates nothing; an erased coach who assigned or paused
 * another user's plan is not named again. Live batches and a rebuild's both pass here.
 */
final class ErasedEvents {

    private ErasedEvents() {
    }

    static List<BatchApplier.TopicEvent> without(Connection connection, List<BatchApplier.TopicEvent> events)
            throws SQLException {
        Set<String> named = new HashSet<>();
        for (BatchApplier.TopicEvent event : events) {
            named.add(event.event().userId());
            if (event.event() instanceof ProgressEvent.CoachingChanged coaching) {
                named.add(coaching.grant().coachId());
            } else if (event.event() instanceof ProgressEvent.PlanScheduled plan && plan.assignedBy() != null) {
                named.add(plan.assignedBy());
            } else if (event.event() instanceof ProgressEvent.PlanPaused pause) {
                named.add(pause.pausedBy());
            }
        }
        Set<String> erased = ErasedUsers.among(connection, named);
        if (erased.isEmpty()) {
            return events;
        }
        List<BatchApplier.TopicEvent> kept = new ArrayList<>(events.size());
        for (BatchApplier.TopicEvent event : events) {
            ProgressEvent e = event.event();
            if (erased.contains(e.userId())
                    || e instanceof ProgressEvent.CoachingChanged coaching && erased.contains(coaching.grant().coachId())) {
                continue;
            }
            if (e instanceof ProgressEvent.PlanScheduled plan && erased.contains(plan.assignedBy())) {
                e = new ProgressEvent.PlanScheduled(plan.eventId(), plan.userId(), plan.plan(), null);
            } else if (e instanceof ProgressEvent.PlanPaused pause && erased.contains(pause.pausedBy())) {
                e = new ProgressEvent.PlanPaused(pause.eventId(), pause.userId(), pause.pause(), "erased");
            }
            kept.add(new BatchApplier.TopicEvent(event.topic(), e));
        }
        return kept;
    }
}
