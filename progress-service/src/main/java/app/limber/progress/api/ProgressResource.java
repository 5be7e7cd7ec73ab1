package app.limber.progress.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import app.limber.platform.api.QueryParameters;
import app.limber.progress.domain.DayTally;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.ProgressSummary;
import app.limber.progress.domain.TodayZone;
import app.limber.progress.persistence.ProgressReads;

/** The caller's own statistics (the JWT subject is the user); any authenticated role. */
@Path("/progress/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "progress", description = "Your own consistency statistics, computed from the sessions and plans you recorded")
public class ProgressResource {

    static final int MAX_CALENDAR_DAYS = 366;
    static final int DEFAULT_CALENDAR_DAYS = 28;

    private final ProgressReads reads;
    private final JsonWebToken token;
    private final Clock clock;

    ProgressResource(ProgressReads reads, JsonWebToken token, Clock clock) {
        this.reads = reads;
        this.token = token;
        this.clock = clock;
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
        String userId = token.getSubject();
        ProgressReads.UserRollups rollups = reads.rollups(userId);
        LocalDate today = today(rollups.plans(), rollups.latestSessionZone());
        return SummaryResponse.of(ProgressSummary.of(userId, rollups.plans(), rollups.planWeeks(), rollups.days(), today));
    }

    @GET
    @Path("/calendar")
    @Operation(operationId = "getMyCalendar", summary = "Your sessions per local day",
            description = "Every day from 'from' to 'to' (both inclusive, at most 366 days) with its session count. "
                    + "Defaults: to = today, taken as GET /progress/me takes it (in the zone of your plan active today, "
                    + "else of your latest session, else UTC); from = 27 days before 'to'.")
    @APIResponse(responseCode = "200", description = "One entry per day of the range")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a date that is not yyyy-MM-dd "
            + "or lies outside 1970-01-01..9999-12-31, 'to' before 'from', a range over 366 days, or an unknown parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public CalendarResponse calendar(
            @Parameter(description = "First day; default 27 days before 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "Last day; default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        String userId = token.getSubject();
        QueryParameters parameters = new QueryParameters();
        LocalDate givenFrom = parameters.date("from", fromText, null);
        LocalDate givenTo = parameters.date("to", toText, null);
        parameters.validate();
        LocalDate to = givenTo != null ? givenTo : today(reads.zoneFacts(userId));
        LocalDate from = givenFrom != null ? givenFrom : to.minusDays(DEFAULT_CALENDAR_DAYS - 1);
        parameters.days(from, to, MAX_CALENDAR_DAYS);
        parameters.validate();
        Map<LocalDate, DayTally> stored = reads.days(userId, from, to).stream()
                .collect(Collectors.toMap(DayTally::day, Function.identity()));
        List<CalendarResponse.Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayTally tally = stored.get(day);
            days.add(tally == null ? new CalendarResponse.Day(day, 0, 0)
                    : new CalendarResponse.Day(day, tally.sessions(), tally.durationSeconds() / 60));
        }
        return new CalendarResponse(from, to, days);
    }

    @GET
    @Path("/areas")
    @Operation(operationId = "getMyAreas", summary = "Your training volume per target area")
    @APIResponse(responseCode = "200", description = "Areas you trained, in name order")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public AreasResponse areas() {
        return new AreasResponse(reads.areas(token.getSubject()).stream()
                .map(area -> new AreasResponse.Area(area.area(), area.sessions(), area.sets(), area.reps(),
                        area.holdSeconds()))
                .toList());
    }

    /** The user's date now, by the one rule of {@link TodayZone}, for every operation that needs "today". */
    private LocalDate today(List<PlanFact> plans, ZoneId latestSessionZone) {
        return TodayZone.today(plans, latestSessionZone, clock.instant());
    }

    private LocalDate today(ProgressReads.ZoneFacts facts) {
        return today(facts.plans(), facts.latestSessionZone());
    }
}
