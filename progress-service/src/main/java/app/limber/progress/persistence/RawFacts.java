package app.limber.progress.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.limber.progress.domain.PauseResumption;
import app.limber.progress.domain.PlanEnding;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;

/** Every fact received for one user, duplicates included, as stored. */
public record RawFacts(List<PlanFact> scheduled, List<PlanEnding> endings, List<PlanPause> pauses,
                       List<PauseResumption> resumptions, List<SessionFact> completed, List<UUID> deletedSessionIds) {

    public static RawFacts empty() {
        return new RawFacts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
    }

    public UserFacts reconcile() {
        return UserFacts.reconcile(scheduled, endings, pauses, resumptions, completed, deletedSessionIds);
    }
}
