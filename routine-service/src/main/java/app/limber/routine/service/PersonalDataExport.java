package app.limber.routine.service;

import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.persistence.CoachInvitationRepository;
import app.limber.routine.persistence.CoachingGrantRepository;
import app.limber.routine.persistence.InMemoryCatalog;
import app.limber.routine.persistence.Plan;
import app.limber.routine.persistence.PlanPause;
import app.limber.routine.persistence.PlanPauseRepository;
import app.limber.routine.persistence.PlanRepository;
import app.limber.routine.persistence.Routine;
import app.limber.routine.persistence.RoutineRepository;
import app.limber.routine.persistence.SessionRepository;
import app.limber.routine.persistence.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A user's data as they may take it away (GDPR Art. 15 and 20). Read in one transaction, so the parts agree with
 * each other; whoever asks has already been checked to be the user or an admin.
 */
@ApplicationScoped
public class PersonalDataExport {

    private final RoutineRepository routines;
    private final PlanRepository plans;
    private final PlanPauseRepository pauses;
    private final SessionRepository sessions;
    private final CoachingGrantRepository grants;
    private final CoachInvitationRepository invitations;
    private final InMemoryCatalog catalog;

    PersonalDataExport(RoutineRepository routines, PlanRepository plans, PlanPauseRepository pauses,
                       SessionRepository sessions, CoachingGrantRepository grants,
                       CoachInvitationRepository invitations, InMemoryCatalog catalog) {
        this.routines = routines;
        this.plans = plans;
        this.pauses = pauses;
        this.sessions = sessions;
        this.grants = grants;
        this.invitations = invitations;
        this.catalog = catalog;
    }

    @Transactional
    public PersonalData of(String userId) {
        List<Routine> owned = routines.list("ownerId = ?1 order by createdAt, id", userId);
        Map<String, ExerciseSnapshot> known = catalog.bySlugs(owned.stream()
                .flatMap(r -> r.items.stream()).map(RoutineItem::exerciseSlug).distinct().toList());
        List<Plan> userPlans = plans.list("userId = ?1 order by startsOn, createdAt, id", userId);
        Map<UUID, List<PlanPause>> byPlan = pauses.ofPlans(userPlans.stream().map(p -> p.id).toList());
        List<TrainingSession> userSessions = sessions.list("userId = ?1 order by completedAt, id", userId);
        return new PersonalData(userId,
                owned.stream().filter(r -> r.deletedAt == null).map(r -> ExpandedRoutine.of(r, known)).toList(),
                owned.stream().filter(r -> r.deletedAt != null).map(r -> ExpandedRoutine.of(r, known)).toList(),
                userPlans.stream().map(p -> new PlanWithPauses(p, byPlan.getOrDefault(p.id, List.of()))).toList(),
                userSessions,
                grants.list("athleteId = ?1 order by grantedAt, coachId", userId),
                grants.list("coachId = ?1 order by grantedAt, athleteId", userId),
                invitations.list("coachId = ?1 order by createdAt", userId));
    }
}
