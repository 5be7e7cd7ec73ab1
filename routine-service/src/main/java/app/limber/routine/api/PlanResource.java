package app.limber.routine.api;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.routine.domain.PlanActor;
import app.limber.routine.persistence.Paged;
import app.limber.routine.service.PlanService;
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

import java.time.Clock;
import java.util.UUID;

@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"athlete", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "plans", description = "Your commitments to do a routine a number of times per ISO week")
public class PlanResource {

    private static final String NOT_FOUND = "No such plan, or another user's";

    private final PlanService plans;
    private final SecurityIdentity identity;
    private final Clock clock;

    PlanResource(PlanService plans, SecurityIdentity identity, Clock clock) {
        this.plans = plans;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listPlans", summary = "The caller's plans, latest start first",
            description = "Ordered by startsOn (latest first), then creation (latest first), then id. Includes the "
                    + "plans a coach scheduled for the caller (assignedBy names the coach).")
    @APIResponse(responseCode = "200", description = "One page of plans with their status today")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a page or size out of bounds, "
            + "or an unknown parameter")
    public ListPage<PlanView> list(@BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        parameters.validate();
        Paged<PlanView> found = plans.list(PlanActor.self(Callers.of(identity)), page).map(p -> PlanView.of(p, clock.instant()));
        return new ListPage<>(found.items(), page.page(), page.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "One of the caller's plans, with its status today")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PlanView get(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return PlanView.of(plans.get(id, PlanActor.self(Callers.of(identity))), clock.instant());
    }

    @POST
    @Operation(operationId = "schedulePlan", summary = "Commit to doing a routine weeklyTarget times per ISO week",
            description = "Publishes limber.plan.scheduled.v1 on routine.plan-events.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location is the plan's GET",
            headers = @Header(name = "Location", description = "The new plan", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid plan, naming the field (unknown routine, zone, dates)")
    public Response schedule(@NotNull @Valid PlanRequest request, @Context UriInfo uri) {
        PlanView plan = PlanView.of(plans.schedule(request.toInput(), PlanActor.self(Callers.of(identity))), clock.instant());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build()).entity(plan).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "endPlan", summary = "End a plan",
            description = "Its last day (endsOn) becomes today in the plan's time zone, unless it already had an "
                    + "earlier one, which is kept; a plan that has not started yet thus never counts. Publishes "
                    + "limber.plan.ended.v1. Ending an ended plan changes nothing.")
    @APIResponse(responseCode = "200", description = "The ended plan")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PlanView end(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return PlanView.of(plans.end(id, Callers.of(identity)), clock.instant());
    }
}
