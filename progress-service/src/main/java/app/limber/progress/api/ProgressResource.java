package app.limber.progress.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own statistics (the JWT subject is the user); any authenticated role. */
@Path("/progress/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "progress", description = "Your own consistency statistics, computed from the sessions and plans you recorded")
public class ProgressResource {

    private final AthleteStatistics statistics;
    private final JsonWebToken token;

    ProgressResource(AthleteStatistics statistics, JsonWebToken token) {
        this.statistics = statistics;
        this.token = token;
    }

    @GET
    @Operation(operationId = "getMyProgress", summary = "Your streaks, this week, adherence and totals",
            description = "Statistics are a function of the set of your events, not of their order: a late session "
                    + "changes the past as if it had arrived in time, and a deleted session as if it never happened. "
                    + "A session counts for its local day whatever else; toward a plan it counts when it names that "
                    + "plan and falls in one of the plan's weeks (in the plan's zone), or, naming none, toward your "
                    + "one plan for the same routine covering its day (else active in its week); with two or more "
                    + "candidates it counts toward none. Weeks are ISO weeks in the plan's time zone. A plan's partial "
                    + "first and last weeks ask for max(1, round(weeklyTarget × activeDays / 7)) sessions.")
    @APIResponse(responseCode = "200", description = "Your statistics (zeros before your first event arrives)")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public SummaryResponse summary() {
        return statistics.summary(token.getSubject());
    }

    @GET
    @Path("/calendar")
    @Operation(operationId = "getMyCalendar", summary = "Your sessions per local day",
            description = "Every day from 'from' to 'to' (both inclusive, at most 366 days) with its session count. "
                    + "Defaults: to = today, taken as GET /progress/me takes it (in the zone of your plan active today, "
                    + "else of your latest session, else UTC); from = 27 days before 'to'.")
    @APIResponse(responseCode = "200", description = "One entry per day of the range")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.CALENDAR_PARAMETERS)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public CalendarResponse calendar(
            @Parameter(description = "First day; default 27 days before 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "Last day; default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        return statistics.calendar(token.getSubject(), fromText, toText);
    }

    @GET
    @Path("/weeks")
    @Operation(operationId = "getMyWeeks", summary = "Your adherence per plan-week",
            description = "For each of your plans and each ISO week (in the plan's zone) from the week containing "
                    + "'from' to the week containing 'to', never after the running week: the sessions done toward the "
                    + "plan, its target that week, whether it was met, and whether the week counts toward adherence "
                    + "yet. These are the plan-weeks GET /progress/me's adherence averages, counted by the same rules. "
                    + "Defaults: to = today, taken as GET /progress/me takes it; from = the Monday 11 weeks before the "
                    + "week of 'to' (12 weeks). At most 53 weeks.")
    @APIResponse(responseCode = "200", description = "Your plan-weeks, oldest first")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.WEEKS_PARAMETERS)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public WeeksResponse weeks(
            @Parameter(description = "A day in the first week; default the Monday 11 weeks before the week of 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "A day in the last week; default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        return statistics.weeks(token.getSubject(), fromText, toText);
    }

    @GET
    @Path("/areas")
    @Operation(operationId = "getMyAreas", summary = "Your training volume per target area")
    @APIResponse(responseCode = "200", description = "Areas you trained, in name order")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public AreasResponse areas() {
        return statistics.areas(token.getSubject());
    }
}
