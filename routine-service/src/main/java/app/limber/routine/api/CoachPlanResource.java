package app.limber.routine.api;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.routine.domain.PlanActor;
import app.limber.routine.persistence.Paged;
import app.limber.routine.service.PlanPauseService;
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

/**
 * A coach's view of and changes to an athlete's plans. Every operation needs the athlete's {@code assign-plans}
 * grant; without it the athlete does not exist for the coach (404), whatever the coach asks.
 */
@Path("/coach/athletes/{athleteId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("coach")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "coaching")
public class CoachPlanResource {

    private static final String NO_ATHLETE = "No such athlete, or one who does not let the coach assign plans";
    private static final String NOT_FOUND = NO_ATHLETE + "; or no such plan or pause of theirs";

    private final PlanService plans;
    private final PlanPauseService pauses;
    private final SecurityIdentity identity;
    private final Clock clock;

    CoachPlanResource(PlanService plans, PlanPauseService pauses, SecurityIdentity identity, Clock clock) {
        this.plans = plans;
        this.pauses = pauses;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listAthletePlans", summary = "The athlete's plans, latest start first",
            description = "Ordered like GET /plans: by startsOn (latest first), then creation (latest first), then id.")
    @APIResponse(responseCode = "200", description = "One page of the athlete's plans")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a page or size out of bounds, "
            + "or an unknown parameter")
    @APIResponse(responseCode = "404", description = NO_ATHLETE)
    public ListPage<PlanView> list(@Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId,
                                   @BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        parameters.validate();
        Paged<PlanView> found = plans.list(coachOf(athleteId), page).map(p -> PlanView.of(p, clock.instant()));
        return new ListPage<>(found.items(), page.page(), page.size(), found.total());
    }

    @GET
    @Path("/{planId}")
    @Operation(operationId = "getAthletePlan", summary = "One of the athlete's plans")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PlanView get(@Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId,
                        @Parameter(description = "The plan's id") @PathParam("planId") UUID planId) {
        return PlanView.of(plans.get(planId, coachOf(athleteId)), clock.instant());
    }

    @POST
    @Operation(operationId = "assignPlan", summary = "Schedule a plan for the athlete",
            description = "The body is that of POST /plans; the routine must be a public template or one of the "
                    + "coach's own (the athlete may then read it and record its sessions). The athlete sees the plan "
                    + "in GET /plans with assignedBy naming the coach, and may end it. Publishes "
                    + "limber.plan.scheduled.v1 with assignedBy.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location is the plan's GET for the coach",
            headers = @Header(name = "Location", description = "The new plan", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid plan, naming the field (unknown routine, zone, dates)")
    @APIResponse(responseCode = "404", description = NO_ATHLETE)
    public Response assign(@Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId,
                           @NotNull @Valid PlanRequest request, @Context UriInfo uri) {
        PlanView plan = PlanView.of(plans.schedule(request.toInput(), coachOf(athleteId)), clock.instant());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build()).entity(plan).build();
    }

    @POST
    @Path("/{planId}/pauses")
    @Operation(operationId = "pauseAthletePlan", summary = "Pause one of the athlete's plans for up to 90 days",
            description = PlanPauseResource.PAUSE_DESCRIPTION + " pausedBy names the coach.")
    @APIResponse(responseCode = "201", description = "Paused; Location is the pause's GET for the coach")
    @APIResponse(responseCode = "400", description = "Invalid dates, naming the field")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The plan has ended, or another pause of it overlaps")
    public Response pause(@Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId,
                          @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                          @NotNull @Valid PauseRequest request, @Context UriInfo uri) {
        PauseView pause = PauseView.of(pauses.pause(planId, request.toInput(), coachOf(athleteId)));
        return Response.created(uri.getAbsolutePathBuilder().path(pause.id().toString()).build()).entity(pause).build();
    }

    @GET
    @Path("/{planId}/pauses/{pauseId}")
    @Operation(operationId = "getAthletePlanPause", summary = "One pause of one of the athlete's plans")
    @APIResponse(responseCode = "200", description = "The pause")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PauseView getPause(@Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId,
                              @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                              @Parameter(description = "The pause's id") @PathParam("pauseId") UUID pauseId) {
        return PauseView.of(pauses.get(planId, pauseId, coachOf(athleteId)));
    }

    @DELETE
    @Path("/{planId}/pauses/{pauseId}")
    @Operation(operationId = "resumeAthletePlan", summary = "Resume one of the athlete's paused plans early",
            description = PlanPauseResource.RESUME_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The resumed pause")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The pause is already over")
    public PauseView resume(@Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId,
                            @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                            @Parameter(description = "The pause's id") @PathParam("pauseId") UUID pauseId) {
        return PauseView.of(pauses.resume(planId, pauseId, coachOf(athleteId)));
    }

    private PlanActor coachOf(String athleteId) {
        return PlanActor.coachOf(athleteId, Callers.of(identity));
    }
}
