package app.limber.progress.api;

import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import app.limber.platform.problem.Messages;
import app.limber.platform.problem.ProblemException;
import app.limber.progress.domain.ProgressSummary;
import app.limber.progress.domain.coach.AlertLevel;
import app.limber.progress.persistence.CoachAlertReads;
import app.limber.progress.persistence.CoachReads;

/**
 * A coach's view of the athletes who granted them {@code view-progress} (the JWT subject is the coach), and the alerts
 * about them. An athlete who did not, or revoked it, answers exactly as one who does not exist: 404 with the same body.
 */
@Path("/coach/athletes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("coach")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "coach", description = "The progress of the athletes who granted you view-progress (role coach)")
public class CoachResource {

    private static final String ATHLETE = "The athlete's user id";
    private static final TypeReference<LinkedHashMap<String, Object>> DETAIL = new TypeReference<>() {
    };
    private static final Comparator<CoachAthleteResponse> BY_ATHLETE =
            Comparator.comparing(CoachAthleteResponse::athleteId);
    private static final Comparator<CoachAthleteResponse> BY_SEVERITY = Comparator
            .comparing((CoachAthleteResponse row) -> row.maxAlertLevel() == null ? -1
                    : AlertLevel.ofSlug(row.maxAlertLevel()).ordinal()).reversed()
            .thenComparing(Comparator.comparingInt(CoachAthleteResponse::openAlerts).reversed())
            .thenComparing(BY_ATHLETE);
    private static final Map<String, Comparator<CoachAthleteResponse>> SORTS = orderedSorts();

    private final CoachReads coaching;
    private final CoachAlertReads alerts;
    private final AthleteStatistics statistics;
    private final JsonWebToken token;
    private final ObjectMapper mapper;
    private final Clock clock;

    CoachResource(CoachReads coaching, CoachAlertReads alerts, AthleteStatistics statistics, JsonWebToken token,
                  ObjectMapper mapper, Clock clock) {
        this.coaching = coaching;
        this.alerts = alerts;
        this.statistics = statistics;
        this.token = token;
        this.mapper = mapper;
        this.clock = clock;
    }

    private static Map<String, Comparator<CoachAthleteResponse>> orderedSorts() {
        Map<String, Comparator<CoachAthleteResponse>> sorts = new LinkedHashMap<>();
        sorts.put("severity", BY_SEVERITY);
        sorts.put("athlete", BY_ATHLETE);
        return Collections.unmodifiableMap(sorts);
    }

    @GET
    @Operation(operationId = "listCoachedAthletes", summary = "Your athletes at a glance",
            description = "One row per athlete who granted you view-progress and has not revoked it. sort=severity "
                    + "(default): the highest level of your open alerts about the athlete first (critical, high, low, "
                    + "none), then more open alerts first, then by athlete id; sort=athlete: by athlete id.")
    @APIResponse(responseCode = "200", description = "One page of athletes")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: an unknown sort, a page or "
            + "size out of bounds, or an unknown parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    public ListPage<CoachAthleteResponse> athletes(
            @Parameter(description = "The order of the rows", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"severity", "athlete"}, defaultValue = "severity")) @QueryParam("sort") String sortText,
            @BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        Comparator<CoachAthleteResponse> order = BY_SEVERITY;
        if (sortText != null && !sortText.isBlank()) {
            order = SORTS.get(sortText.strip());
            if (order == null) {
                parameters.reject("sort", Messages.unknownTerm(sortText.strip(), SORTS.keySet()));
            }
        }
        PageRequest page = paging.read(parameters);
        parameters.validate();
        String coachId = token.getSubject();
        List<String> athletes = coaching.athletes(coachId);
        Map<String, CoachAlertReads.OpenAlerts> open = alerts.open(coachId, athletes);
        List<CoachAthleteResponse> rows = athletes.stream()
                .map(athlete -> row(athlete, open.getOrDefault(athlete, CoachAlertReads.OpenAlerts.NONE)))
                .sorted(order)
                .toList();
        return ListPage.slice(rows, page);
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
    @Path("/{athleteId}/weeks")
    @Operation(operationId = "getAthleteWeeks", summary = "An athlete's adherence per plan-week",
            description = "Exactly what the athlete sees at GET /progress/me/weeks with the same parameters; 'today' "
                    + "is the athlete's.")
    @APIResponse(responseCode = "200", description = "The athlete's plan-weeks, oldest first")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.WEEKS_PARAMETERS)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    @APIResponse(responseCode = "404", description = ErrorDescriptions.NO_ATHLETE)
    public WeeksResponse weeks(
            @Parameter(description = ATHLETE) @PathParam("athleteId") String athleteId,
            @Parameter(description = "A day in the first week; default the Monday 11 weeks before the week of 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "A day in the last week; default the athlete's today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        statistics.checkWeekParameters(fromText, toText);
        return statistics.weeks(viewable(athleteId), fromText, toText);
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

    @GET
    @Path("/{athleteId}/alerts")
    @Operation(operationId = "listAthleteAlerts", summary = "Your alerts about an athlete",
            description = "Every alert opened for you about the athlete: open ones first, then the latest opened first, "
                    + "then by id. An alert opens once, stays open until you acknowledge it or its condition clears, and "
                    + "opens anew (a new alert) when its condition holds again. Thresholds are the service's "
                    + "configuration (limber.coach-alerts.*); the defaults: silence low after 3 days without a session "
                    + "while a plan is in force, high after 7 (not during a pause; counted from the day before the plan "
                    + "was scheduled at the earliest); missed-weeks (high) when 2 closed plan-weeks in a row fell under "
                    + "50 % of their prorated target (weeks over before the plan was scheduled do not count); discomfort "
                    + "critical at 7 or more, "
                    + "high at 2 or more above the mean of the athlete's 3 sessions before (sessions of the last 7 "
                    + "days); strain (high) when the mean effort of the last 3 sessions is 2 or more above the 3 before "
                    + "while this week's adherence is below last week's.")
    @APIResponse(responseCode = "200", description = "One page of alerts")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a page or size out of bounds, "
            + "or an unknown parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    @APIResponse(responseCode = "404", description = ErrorDescriptions.NO_ATHLETE)
    public ListPage<CoachAlertResponse> alerts(
            @Parameter(description = ATHLETE) @PathParam("athleteId") String athleteId,
            @BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = paging.read(parameters);
        parameters.validate();
        CoachAlertReads.Page found = alerts.list(token.getSubject(), viewable(athleteId), page.offset(), page.size());
        return new ListPage<>(found.items().stream().map(this::alert).toList(), page.page(), page.size(), found.total());
    }

    @POST
    @Path("/{athleteId}/alerts/{alertId}/ack")
    @Operation(operationId = "acknowledgeAthleteAlert", summary = "Acknowledge an alert",
            description = "The alert stops being open for you; its condition may still hold, and it is not opened "
                    + "again while it does. Acknowledging an alert already acknowledged or cleared changes nothing.")
    @APIResponse(responseCode = "204", description = "Acknowledged")
    @APIResponse(responseCode = "400", description = "errors[] names alertId when it is not a UUID, or an unknown "
            + "parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_COACH)
    @APIResponse(responseCode = "404", description = ErrorDescriptions.NO_ATHLETE + "; or no such alert of yours "
            + "about the athlete")
    public void acknowledge(
            @Parameter(description = ATHLETE) @PathParam("athleteId") String athleteId,
            @Parameter(description = "The alert's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("alertId") String alertText) {
        QueryParameters parameters = new QueryParameters();
        UUID alertId = parameters.uuid("alertId", alertText);
        parameters.validate();
        if (!alerts.acknowledge(token.getSubject(), viewable(athleteId), alertId, clock.instant())) {
            throw ProblemException.of(Response.Status.NOT_FOUND, "no alert " + alertId + " about athlete " + athleteId);
        }
    }

    /** The athlete's id when the caller may view them; else 404, the same whether the athlete exists or not. */
    private String viewable(String athleteId) {
        if (!coaching.views(token.getSubject(), athleteId)) {
            throw ProblemException.of(Response.Status.NOT_FOUND, "no athlete " + athleteId + " among yours");
        }
        return athleteId;
    }

    private CoachAthleteResponse row(String athleteId, CoachAlertReads.OpenAlerts open) {
        AthleteStatistics.Overview overview = statistics.overview(athleteId);
        ProgressSummary summary = overview.summary();
        return new CoachAthleteResponse(athleteId,
                new SummaryResponse.ThisWeek(summary.thisWeek().done(), summary.thisWeek().target()),
                summary.adherence().last4Weeks(), overview.daysSinceLastSession(),
                coaching.lastDiscomfort(athleteId)
                        .map(last -> new CoachAthleteResponse.Discomfort(last.value(), last.on())).orElse(null),
                open.count(), open.maxLevel() == null ? null : open.maxLevel().slug());
    }

    private CoachAlertResponse alert(CoachAlertReads.Alert alert) {
        String status = alert.clearedAt() != null ? "cleared" : alert.acknowledgedAt() != null ? "acknowledged" : "open";
        try {
            return new CoachAlertResponse(alert.id(), alert.kind(), alert.level(), status, alert.openedAt(),
                    alert.acknowledgedAt(), alert.clearedAt(), alert.clearReason(),
                    mapper.readValue(alert.detailJson(), DETAIL));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable alert detail " + alert.id(), e);
        }
    }
}
