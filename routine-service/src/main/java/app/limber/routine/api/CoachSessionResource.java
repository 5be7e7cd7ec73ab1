package app.limber.routine.api;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.routine.persistence.Paged;
import app.limber.routine.service.SessionService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * A coach's view of an athlete's sessions, with the athlete's {@code view-progress} grant: without it the athlete
 * does not exist for the coach (404). An admin reads any user's.
 */
@Path("/coach/athletes/{athleteId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"coach", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "coaching")
public class CoachSessionResource {

    private final SessionService sessions;
    private final SecurityIdentity identity;

    CoachSessionResource(SessionService sessions, SecurityIdentity identity) {
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listAthleteSessions",
            summary = "The athlete's sessions whose local day lies between from and to (inclusive), latest first",
            description = "For a coach the athlete lets see their progress (view-progress), from the moment of the grant "
                    + "until it is revoked, and for an admin. Ordered like GET /sessions: latest completion first, then "
                    + "by id, so the order is stable across pages. Without from or to the range is open on that side. "
                    + "Each session carries its local day, the routine (with its name), duration, effort, discomfort "
                    + "and the exercises done.")
    @APIResponse(responseCode = "200", description = "One page of the athlete's sessions")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: an athleteId that is not a user id, "
            + "a date that is not yyyy-MM-dd or lies outside 1970-01-01..9999-12-31, 'to' before 'from', a page or size "
            + "out of bounds, or an unknown parameter")
    @APIResponse(responseCode = "404", description = "No such athlete, or one who does not let the coach see their progress "
            + "(never granted it, or revoked it)")
    public ListPage<AthleteSessionView> list(
            @Parameter(description = "The athlete's user id") @PathParam("athleteId") String athleteId,
            @Parameter(description = "First local day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last local day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @BeanParam PageParameters paging) {
        String athlete = UserIds.read("athleteId", athleteId);
        QueryParameters parameters = new QueryParameters();
        LocalDate fromDate = parameters.date("from", from, null);
        LocalDate toDate = parameters.date("to", to, null);
        PageRequest page = paging.read(parameters);
        parameters.order(fromDate, toDate);
        parameters.validate();
        Paged<AthleteSessionView> found = sessions.ofAthlete(athlete, Callers.of(identity), fromDate, toDate, page)
                .map(AthleteSessionView::of);
        return new ListPage<>(found.items(), page.page(), page.size(), found.total());
    }
}
