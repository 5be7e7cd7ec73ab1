package app.limber.routine.api;

import app.limber.routine.domain.CoachingScope;
import app.limber.routine.persistence.CoachInvitation;
import app.limber.routine.persistence.CoachingGrant;
import app.limber.routine.service.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Everything routine holds about one user, as JSON (GDPR Art. 15 and 20). */
@Schema(description = "Everything routine holds about one user. Sessions are also served as CSV.")
public record ExportView(
        @Schema(description = "The user the export is about") String userId,
        @Schema(description = "When the export was read") Instant exportedAt,
        @Schema(description = "The user's private routines") List<RoutineView> routines,
        @Schema(description = "Routines the user deleted; their content is kept for the plans and sessions naming them")
        List<RoutineView> deletedRoutines,
        @Schema(description = "The user's plans with their pauses, earliest start first") List<PlanView> plans,
        @Schema(description = "The user's sessions with their exercises, earliest completion first") List<SessionView> sessions,
        @Schema(description = "Coaches the user lets see their progress or assign plans") List<CoachView> coaches,
        @Schema(description = "Athletes who let the user coach them") List<AthleteGrant> athletes,
        @Schema(description = "Invitations the user made as a coach (their codes are not kept)") List<Invitation> invitations) {

    /** An athlete who chose the user as coach, and what they allow. */
    public record AthleteGrant(@Schema(description = "The athlete's user id") String athleteId,
                               @Schema(description = "view-progress, assign-plans, or both") List<String> scopes,
                               Instant grantedAt) {

        static AthleteGrant of(CoachingGrant grant) {
            return new AthleteGrant(grant.athleteId, CoachingScope.terms(grant.scopes()), grant.grantedAt);
        }
    }

    /** An invitation the user made as a coach. */
    public record Invitation(Instant createdAt, Instant expiresAt,
                             @Schema(description = "When an athlete accepted it; null while unused") Instant usedAt) {

        static Invitation of(CoachInvitation invitation) {
            return new Invitation(invitation.createdAt, invitation.expiresAt, invitation.usedAt);
        }
    }

    static ExportView of(PersonalData data, Instant now) {
        return new ExportView(data.userId(), now,
                data.routines().stream().map(RoutineMapper::view).toList(),
                data.deletedRoutines().stream().map(RoutineMapper::view).toList(),
                data.plans().stream().map(p -> PlanView.of(p, now)).toList(),
                data.sessions().stream().map(SessionView::of).toList(),
                data.coaches().stream().map(CoachView::of).toList(),
                data.athletes().stream().map(AthleteGrant::of).toList(),
                data.invitations().stream().map(Invitation::of).toList());
    }
}
