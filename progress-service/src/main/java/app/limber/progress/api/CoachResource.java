package app.limber.progress.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.platform.problem.ProblemException;
import app.limber.progress.domain.ProgressSummary;
import app.limber.progress.persistence.CoachReads;

/**
 * A coach's view of the athletes who granted them {@code view-progress} (the JWT subject is the coach). An athlete who
 * did not, or revoked it, answers exactly as one who does not exist: 404 with the same body.
 */
@Path("/coach/athletes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("coach")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "coach", description = "The progress of the athletes who granted you view-progress (role coach)")
public class CoachResource {

    private static final String ATHLETE = "The athlete's user id";

    private final CoachReads coaching;
    private final AthleteStatistics statistics;
    private final JsonWebToken token;

    CoachResource(CoachReads coaching, AthleteStatistics statistics, JsonWebToken token) {
        this.coaching = coaching;
        this.statistics = statistics;
        this.token = token;
    }

    @GET
    @Operation(operationId = "listCoachedAthletes", summary = "Your athletes at a glance",
            description = "One row per athlete who granted you view-progress and has not revoked it, by athlete id.")
    @APIResponse(responseCode = "200", description = "One page of athletes")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a page or size out of bounds, "
            + "or an unknown parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    public ListPage<CoachAthleteResponse> athletes(@BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        parameters.validate();
        List<String> athletes = coaching.athletes(token.getSubject());
        return ListPage.slice(athletes, page).map(this::row);
    }

    @GET
    @Path("/{athleteId}/progress")
    @Operation(operationId = "getAthleteProgress", summary = "An athlete's streaks, this week, adherence and totals",
            description = "Exactly what the athlete sees at GET /progress/me.")
    @APIResponse(responseCode = "200", description = "The athlete's statistics")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    @APIResponse(responseCode = "404", description = ErrorDescriptions.NO_ATHLETE)
    public SummaryResponse progress(@Parameter(description = ATHLETE) @PathParam("athleteId") String athleteId) {
        return statistics.summary(viewable(athleteId));
    }

    @GET
    @Path("/{athleteId}/calendar")
    @Operation(operationId = "getAthleteCalendar", summary = "An athlete's sessions per local day",
            description = "Exactly what the athlete sees at GET /progress/me/calendar with the same parameters; 'today' "
                    + "is the athlete's.")
    @APIResponse(responseCode = "200", description = "One entry per day of the range")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.CALENDAR_PARAMETERS)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    @APIResponse(responseCode = "404", description = ErrorDescriptions.NO_ATHLETE)
    public CalendarResponse calendar(
            @Parameter(description = ATHLETE) @PathParam("athleteId") String athleteId,
            @Parameter(description = "First day; default 27 days before 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "Last day; default the athlete's today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        statistics.checkCalendarParameters(fromText, toText);
        return statistics.calendar(viewable(athleteId), fromText, toText);
    }

    @GET
    @Path("/{athleteId}/areas")
    @Operation(operationId = "getAthleteAreas", summary = "An athlete's training volume per target area",
            description = "Exactly what the athlete sees at GET /progress/me/areas.")
    @APIResponse(responseCode = "200", description = "Areas the athlete trained, in name order")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    @APIResponse(responseCode = "404", description = ErrorDescriptions.NO_ATHLETE)
    public AreasResponse areas(@Parameter(description = ATHLETE) @PathParam("athleteId") String athleteId) {
        return statistics.areas(viewable(athleteId));
    }

    /** The athlete's id when the caller may view them; else 404, the same whether the athlete exists or not. */
    private String viewable(String athleteId) {
        if (!coaching.views(token.getSubject(), athleteId)) {
            throw ProblemException.of(Response.Status.NOT_FOUND, "no athlete " + athleteId + " among yours");
        }
        return athleteId;
    }

    private CoachAthleteResponse row(String athleteId) {
        AthleteStatistics.Overview overview = statistics.overview(athleteId);
        ProgressSummary summary = overview.summary();
        return new CoachAthleteResponse(athleteId,
                new SummaryResponse.ThisWeek(summary.thisWeek().done(), summary.thisWeek().target()),
                summary.adherence().last4Weeks(), overview.daysSinceLastSession(),
                coaching.lastDiscomfort(athleteId)
                        .map(last -> new CoachAthleteResponse.Discomfort(last.value(), last.on())).orElse(null));
    }
}
