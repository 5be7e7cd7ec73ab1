package app.limber.routine.api;

import app.limber.routine.domain.PlanActor;
import app.limber.routine.service.PlanPauseService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The caller pausing their own plans; a coach does the same under /coach/athletes/{athleteId}/plans. */
@Path("/plans/{id}/pauses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"athlete", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "plans")
public class PlanPauseResource {

    static final String PAUSE_DESCRIPTION = "Paused days count neither toward the plan's weekly target nor "
            + "against it. Publishes limber.plan.paused.v1 on routine.plan-events.";
    static final String RESUME_DESCRIPTION = "The plan is active again from today in its time zone; a pause that "
            + "has not begun is cancelled. Publishes limber.plan.resumed.v1. Resuming a resumed pause changes nothing.";
    private static final String NOT_FOUND = "No such plan or pause, or another user's";

    private final PlanPauseService pauses;
    private final SecurityIdentity identity;

    PlanPauseResource(PlanPauseService pauses, SecurityIdentity identity) {
        this.pauses = pauses;
        this.identity = identity;
    }

    @POST
    @Operation(operationId = "pausePlan", summary = "Pause one of the caller's plans for up to 90 days",
            description = PAUSE_DESCRIPTION)
    @APIResponse(responseCode = "201", description = "Paused; Location is the pause's GET")
    @APIResponse(responseCode = "400", description = "Invalid dates, naming the field")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The plan has ended, or another pause of it overlaps")
    public Response pause(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                          @NotNull @Valid PauseRequest request, @Context UriInfo uri) {
        PauseView pause = PauseView.of(pauses.pause(id, request.toInput(), self()));
        return Response.created(uri.getAbsolutePathBuilder().path(pause.id().toString()).build()).entity(pause).build();
    }

    @GET
    @Path("/{pauseId}")
    @Operation(operationId = "getPlanPause", summary = "One pause of one of the caller's plans")
    @APIResponse(responseCode = "200", description = "The pause")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PauseView get(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                         @Parameter(description = "The pause's id") @PathParam("pauseId") UUID pauseId) {
        return PauseView.of(pauses.get(id, pauseId, self()));
    }

    @DELETE
    @Path("/{pauseId}")
    @Operation(operationId = "resumePlan", summary = "Resume a paused plan early", description = RESUME_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The resumed pause")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The pause is already over")
    public PauseView resume(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                            @Parameter(description = "The pause's id") @PathParam("pauseId") UUID pauseId) {
        return PauseView.of(pauses.resume(id, pauseId, self()));
    }

    private PlanActor self() {
        return PlanActor.self(Callers.of(identity));
    }
}
