package app.limber.routine.api;

import app.limber.routine.service.CoachingService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coach's side of coaching: inviting athletes and ending a relationship. */
@Path("/coach")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("coach")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "coaching")
public class CoachResource {

    private final CoachingService coaching;
    private final SecurityIdentity identity;

    CoachResource(CoachingService coaching, SecurityIdentity identity) {
        this.coaching = coaching;
        this.identity = identity;
    }

    @POST
    @Path("/invitations")
    @Operation(operationId = "inviteAthlete", summary = "Make a single-use invitation code, valid for 7 days",
            description = "Hand the code to one athlete, who accepts it with POST /me/coaches. The code is shown only "
                    + "in this answer (the service keeps its hash), so there is no Location to fetch it again. At most "
                    + CoachingService.MAX_OPEN_INVITATIONS + " unused, unexpired invitations per coach.")
    @APIResponse(responseCode = "201", description = "The code and when it expires")
    @APIResponse(responseCode = "409", description = "Too many open invitations")
    public Response invite() {
        CoachingService.Invitation invitation = coaching.invite(Callers.of(identity));
        return Response.status(Response.Status.CREATED)
                .entity(new InvitationView(invitation.code(), invitation.expiresAt())).build();
    }

    @DELETE
    @Path("/athletes/{athleteId}")
    @Operation(operationId = "endCoaching", summary = "Stop coaching an athlete",
            description = "The coach loses every scope the athlete granted; plans the coach scheduled stay the "
                    + "athlete's. Publishes limber.coaching.revoked.v1 (revokedBy coach).")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such athlete among the coach's (so ending it again is a 404 "
            + "that changes nothing)")
    public Response end(@Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId) {
        coaching.revokeByCoach(Callers.of(identity), athleteId);
        return Response.noContent().build();
    }
}
