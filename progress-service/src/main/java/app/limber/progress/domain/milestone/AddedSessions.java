package app.limber.progress.domain.milestone;

import java.util.List;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;

/**
 * What a batch that only adds sessions never seen before brought one user, as its rollups were written.
 *
 * @param sessions the sessions added
 * @param plans    the user's plans, which the batch did not change
 * @param counted  what the batch added to each plan-week: {@code done} is the number of its sessions counted there
 * @param standing those plan-weeks as they are stored after the batch
 */
public record AddedSessions(List<SessionFact> sessions, List<PlanFact> plans, List<PlanWeekTally> counted,
                            List<PlanWeekTally> standing) {

    public AddedSessions {
        sessions = List.copyOf(sessions);
        plans = List.copyOf(plans);
        counted = List.copyOf(counted);
        standing = List.copyOf(standing);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("no sessions added");
        }
    }
}
