package app.limber.routine.api;

import app.limber.routine.service.PlanService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"athlete", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "plans")
public class PlanResource {

    private final PlanService plans;
    private final SecurityIdentity identity;
    private final Clock clock;

    PlanResource(PlanService plans, SecurityIdentity identity, Clock clock) {
        this.plans = plans;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The caller's plans, latest start first")
    @APIResponse(responseCode = "200", description = "Plans with their status today")
    public List<PlanView> list() {
        return plans.list(Callers.of(identity)).stream().map(p -> PlanView.of(p, clock.instant())).toList();
    }

    @POST
    @Operation(summary = "Commit to doing a routine weeklyTarget times per ISO week",
            description = "Publishes limber.plan.scheduled.v1 on routine.plan-events.")
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "400", description = "Invalid plan, naming the field (unknown routine, zone, dates)")
    public Response schedule(@NotNull @Valid PlanRequest request, @Context UriInfo uri) {
        PlanView plan = PlanView.of(plans.schedule(request.toInput(), Callers.of(identity)), clock.instant());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build()).entity(plan).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End a plan",
            description = "Its last day (endsOn) becomes today in the plan's time zone, unless it already had an "
                    + "earlier one, which is kept; a plan that has not started yet thus never counts. Publishes "
                    + "limber.plan.ended.v1. Ending an ended plan changes nothing.")
    @APIResponse(responseCode = "200", description = "The ended plan")
    @APIResponse(responseCode = "404", description = "No such plan, or another user's")
    public PlanView end(@PathParam("id") UUID id) {
        return PlanView.of(plans.end(id, Callers.of(identity)), clock.instant());
    }
}
