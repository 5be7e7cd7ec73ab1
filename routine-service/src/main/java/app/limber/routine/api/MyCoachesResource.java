package app.limber.routine.api;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.routine.domain.CoachingScope;
import app.limber.routine.persistence.Paged;
import app.limber.routine.service.CoachingService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The athlete's side of coaching: accepting invitations, seeing and ending who coaches them. */
@Path("/me/coaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"athlete", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "coaching", description = "Coaches invite athletes; athletes choose what a coach may do and end it at any time")
public class MyCoachesResource {

    private static final String NOT_FOUND = "No such coach among the caller's";

    private final CoachingService coaching;
    private final SecurityIdentity identity;

    MyCoachesResource(CoachingService coaching, SecurityIdentity identity) {
        this.coaching = coaching;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyCoaches", summary = "The caller's coaches and what each may do",
            description = "Latest grant first, then by coach id.")
    @APIResponse(responseCode = "200", description = "One page of coaches")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a page or size out of bounds, "
            + "or an unknown parameter")
    public ListPage<CoachView> list(@BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        parameters.validate();
        Paged<CoachView> found = coaching.coachesOf(Callers.of(identity), page).map(CoachView::of);
        return new ListPage<>(found.items(), page.page(), page.size(), found.total());
    }

    @GET
    @Path("/{coachId}")
    @Operation(operationId = "getMyCoach", summary = "One of the caller's coaches")
    @APIResponse(responseCode = "200", description = "The coach and what they may do")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CoachView get(@Parameter(description = "The coach's user id") @PathParam("coachId") String coachId) {
        return CoachView.of(coaching.coachOf(Callers.of(identity), coachId));
    }

    @POST
    @Operation(operationId = "acceptCoachInvitation", summary = "Accept a coach's invitation, choosing what the coach may do",
            description = "Uses the code up. Accepting another invitation of a coach one already has replaces the "
                    + "scopes. Publishes limber.coaching.granted.v1 on routine.coaching-events.")
    @APIResponse(responseCode = "201", description = "The coach and what they may do; Location is its GET",
            headers = @Header(name = "Location", description = "The coach", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "A malformed code or unknown, missing or repeated scopes, naming the field")
    @APIResponse(responseCode = "404", description = "No invitation has this code (errors[] names code)")
    @APIResponse(responseCode = "409", description = "The caller's own invitation (errors[] names code)")
    @APIResponse(responseCode = "410", description = "The invitation was used or expired (errors[] names code)")
    public Response accept(@NotNull @Valid AcceptInvitationRequest request, @Context UriInfo uri) {
        CoachView coach = CoachView.of(coaching.accept(request.code(), CoachingScope.read("scopes", request.scopes()),
                Callers.of(identity)));
        return Response.created(uri.getAbsolutePathBuilder().segment(coach.coachId()).build()).entity(coach).build();
    }

    @DELETE
    @Path("/{coachId}")
    @Operation(operationId = "revokeMyCoach", summary = "End a coach's access",
            description = "The coach can no longer see the caller's progress or touch their plans; plans the coach "
                    + "scheduled stay. Publishes limber.coaching.revoked.v1 (revokedBy athlete).")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = NOT_FOUND + " (so ending it again is a 404 that changes nothing)")
    public Response revoke(@Parameter(description = "The coach's user id") @PathParam("coachId") String coachId) {
        coaching.revokeByAthlete(Callers.of(identity), coachId);
        return Response.noContent().build();
    }
}
