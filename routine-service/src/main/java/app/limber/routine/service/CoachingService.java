package app.limber.routine.service;

import app.limber.platform.api.PageRequest;
import app.limber.routine.domain.Caller;
import app.limber.routine.domain.CoachingScope;
import app.limber.routine.domain.InvitationCode;
import app.limber.routine.domain.PlanActor;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.messaging.CoachingEvents;
import app.limber.routine.messaging.CoachingEvents.RevokedBy;
import app.limber.routine.persistence.CoachInvitation;
import app.limber.routine.persistence.CoachInvitationRepository;
import app.limber.routine.persistence.CoachingGrant;
import app.limber.routine.persistence.CoachingGrantRepository;
import app.limber.routine.persistence.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static app.limber.routine.domain.RoutineException.Reason.CONFLICT;
import static app.limber.routine.domain.RoutineException.Reason.GONE;
import static app.limber.routine.domain.RoutineException.Reason.NOT_FOUND;

/**
 * Coaching relationships: a coach invites, an athlete accepts with the scopes they choose, either side ends it.
 * Every grant and revocation goes to the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoachingService {

    /**
     * Open (unused, unexpired) invitations per coach: more than a coach hands out in a week, few enough that a
     * script cannot fill the table.
     */
    public static final int MAX_OPEN_INVITATIONS = 100;

    /** A new invitation: the code is known only to this answer, the database keeps its hash. */
    public record Invitation(String code, Instant expiresAt) {
    }

    private final CoachInvitationRepository invitations;
    private final CoachingGrantRepository grants;
    private final CoachingEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CoachingService(CoachInvitationRepository invitations, CoachingGrantRepository grants, CoachingEvents events,
                    Clock clock) {
        this.invitations = invitations;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Invitation invite(Caller coach) {
        Instant now = clock.instant();
        if (invitations.countOpen(coach.userId(), now) >= MAX_OPEN_INVITATIONS) {
            throw new RoutineException(CONFLICT, "at most " + MAX_OPEN_INVITATIONS
                    + " invitations may be open at once; more can be made as these are accepted or expire");
        }
        String code = InvitationCode.generate(random);
        CoachInvitation invitation = new CoachInvitation();
        invitation.codeHash = InvitationCode.hash(code);
        invitation.coachId = coach.userId();
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(InvitationCode.VALID_FOR);
        invitations.persist(invitation);
        return new Invitation(code, invitation.expiresAt);
    }

    /**
     * Uses the invitation and grants its coach {@code scopes}, replacing what an earlier invitation of the same
     * coach granted.
     *
     * @throws RoutineException about {@code code}: NOT_FOUND for an unknown code, GONE for a used or expired one,
     *                          CONFLICT for the caller's own invitation
     */
    @Transactional
    public CoachingGrant accept(String code, Set<CoachingScope> scopes, Caller athlete) {
        Instant now = clock.instant();
        CoachInvitation invitation = invitations.byHashForUpdate(InvitationCode.hash(code))
                .orElseThrow(() -> RoutineException.about(NOT_FOUND, "code", "no such invitation"));
        if (invitation.usedAt != null) {
            throw RoutineException.about(GONE, "code", "this invitation has been used; ask the coach for a new one");
        }
        if (invitation.expired(now)) {
            throw RoutineException.about(GONE, "code", "this invitation expired at " + invitation.expiresAt
                    + "; ask the coach for a new one");
        }
        if (athlete.owns(invitation.coachId)) {
            throw RoutineException.about(CONFLICT, "code", "this is your own invitation; an athlete accepts it");
        }
        invitation.usedAt = now;
        invitation.usedBy = athlete.userId();

        grants.lockPair(athlete.userId(), invitation.coachId);
        CoachingGrant grant = grants.between(athlete.userId(), invitation.coachId).orElseGet(() -> {
            CoachingGrant fresh = new CoachingGrant();
            fresh.athleteId = athlete.userId();
            fresh.coachId = invitation.coachId;
            return fresh;
        });
        grant.setScopes(scopes);
        grant.grantedAt = now;
        grants.persist(grant);
        events.granted(grant, now);
        return grant;
    }

    public Paged<CoachingGrant> coachesOf(Caller athlete, PageRequest page) {
        return grants.ofAthlete(athlete.userId(), page.page(), page.size());
    }

    public CoachingGrant coachOf(Caller athlete, String coachId) {
        return grants.between(athlete.userId(), coachId).orElseThrow(() -> noCoach(coachId));
    }

    /** The athlete ends the relationship; an ended one is no such coach. */
    @Transactional
    public void revokeByAthlete(Caller athlete, String coachId) {
        CoachingGrant grant = grants.findForUpdate(athlete.userId(), coachId).orElseThrow(() -> noCoach(coachId));
        revoke(grant, RevokedBy.ATHLETE);
    }

    /** The coach ends the relationship; an ended one is no such athlete. */
    @Transactional
    public void revokeByCoach(Caller coach, String athleteId) {
        CoachingGrant grant = grants.findForUpdate(athleteId, coach.userId()).orElseThrow(() -> noAthlete(athleteId));
        revoke(grant, RevokedBy.COACH);
    }

    /**
     * Refuses a coach without the athlete's {@code assign-plans} grant as if the athlete did not exist, so that a
     * coach learns nothing about people who have not chosen them. Within a transaction the grant stays
     * share-locked to its end, so a change made under it cannot commit after its revocation.
     */
    public void requireAccess(PlanActor actor, boolean inTransaction) {
        if (!actor.viaCoach()) {
            return;
        }
        Optional<CoachingGrant> grant = inTransaction ? grants.findForShare(actor.ownerId(), actor.actorId())
                : grants.between(actor.ownerId(), actor.actorId());
        if (grant.filter(g -> g.assignPlans).isEmpty()) {
            throw new RoutineException(NOT_FOUND, "no athlete " + actor.ownerId() + " who lets you assign plans");
        }
    }

    /**
     * Refuses a coach without the athlete's {@code view-progress} grant as if the athlete did not exist (see
     * {@link #requireAccess}); an admin needs no grant.
     */
    public void requireProgressView(String athleteId, Caller caller) {
        if (caller.admin()) {
            return;
        }
        if (grants.between(athleteId, caller.userId()).filter(g -> g.viewProgress).isEmpty()) {
            throw new RoutineException(NOT_FOUND, "no athlete " + athleteId + " who lets you see their progress");
        }
    }

    private void revoke(CoachingGrant grant, RevokedBy by) {
        grants.delete(grant);
        events.revoked(grant, by, clock.instant());
    }

    private static RoutineException noCoach(String coachId) {
        return new RoutineException(NOT_FOUND, "no coach " + coachId + " among yours");
    }

    private static RoutineException noAthlete(String athleteId) {
        return new RoutineException(NOT_FOUND, "no athlete " + athleteId + " among yours");
    }
}
