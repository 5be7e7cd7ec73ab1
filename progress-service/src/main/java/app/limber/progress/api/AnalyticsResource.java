package app.limber.progress.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import app.limber.platform.api.QueryParameters;
import app.limber.progress.domain.AdherenceDistribution;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.persistence.AnalyticsQueries;

/** Platform-wide adherence for analysts (and admins), answered from the plan-week rollups. */
@Path("/analytics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"analyst", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "analytics", description = "Adherence across all users, from the plan-week rollups (role analyst or admin)")
public class AnalyticsResource {

    static final int MAX_WEEKS = 106;
    static final int DEFAULT_WEEKS = 12;
    static final int MAX_COHORT_WEEKS = 52;
    static final int DEFAULT_COHORT_WEEKS = 8;

    private final AnalyticsQueries queries;
    private final Clock clock;

    AnalyticsResource(AnalyticsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @Path("/adherence")
    @Operation(operationId = "getAdherenceReport", summary = "Adherence per ISO week",
            description = "For each ISO week containing or after 'from' and up to the week containing 'to' (and no later "
                    + "than the running week, UTC): plans active, mean and median weekly adherence and the share of plans "
                    + "meeting their target. Defaults: the last 12 weeks up to the running week; at most 106 weeks.")
    @APIResponse(responseCode = "200", description = "One entry per week of the range")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.ANALYTICS_PARAMETERS + ", or an unknown parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_ANALYST)
    public AdherenceReport adherence(
            @Parameter(description = "Only plans of this routine; all routines when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("routineId") String routineText,
            @Parameter(description = "A day in the first week; default the Monday 11 weeks before the week of 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "A day in the last week; default today (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        QueryParameters parameters = new QueryParameters();
        UUID routineId = parameters.uuid("routineId", routineText);
        IsoWeek running = IsoWeek.of(LocalDate.now(clock));
        LocalDate givenFrom = parameters.date("from", fromText, null);
        LocalDate to = parameters.date("to", toText, running.monday());
        parameters.validate();
        LocalDate from = givenFrom != null ? givenFrom : defaultFrom(to);
        parameters.weeks(from, to, MAX_WEEKS);
        parameters.validate();
        IsoWeek first = IsoWeek.of(from);
        IsoWeek last = IsoWeek.of(to).isAfter(running) ? running : IsoWeek.of(to);
        Map<LocalDate, AnalyticsQueries.WeekTallies> rows = queries.adherence(routineId, first.monday(), last.monday())
                .stream().collect(Collectors.toMap(AnalyticsQueries.WeekTallies::weekStart, Function.identity()));
        List<AdherenceReport.Week> weeks = new ArrayList<>();
        for (IsoWeek week = first; !week.isAfter(last); week = week.next()) {
            AnalyticsQueries.WeekTallies row = rows.get(week.monday());
            AdherenceDistribution stats = row == null ? AdherenceDistribution.of(0, List.of())
                    : AdherenceDistribution.of(row.plansActive(), row.tallied());
            weeks.add(new AdherenceReport.Week(week.toString(), week.monday(), stats.plansActive(), stats.mean(),
                    stats.median(), stats.metShare()));
        }
        return new AdherenceReport(routineId, first.toString(), IsoWeek.of(to).toString(), weeks);
    }

    @GET
    @Path("/cohorts")
    @Operation(operationId = "getCohortReport", summary = "Plan cohorts by start week: share still meeting the target in week 1..N",
            description = "Cohorts of plans whose first ISO week lies from the week containing 'from' to the week "
                    + "containing 'to'. Defaults: the last 12 weeks up to the running week, N = 8; at most 106 weeks of "
                    + "cohorts and N ≤ 52.")
    @APIResponse(responseCode = "200", description = "Cohorts that have at least one plan, in start-week order")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.ANALYTICS_PARAMETERS + ", weeks not a whole "
            + "number from 1 to 52, or an unknown parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_ANALYST)
    public CohortReport cohorts(
            @Parameter(description = "Only plans of this routine; all routines when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("routineId") String routineText,
            @Parameter(description = "A day in the first start week; default the Monday 11 weeks before the week of 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "A day in the last start week; default today (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText,
            @Parameter(description = "N, the weeks of each cohort's life to report",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "52", defaultValue = "8"))
            @QueryParam("weeks") String weeksText) {
        QueryParameters parameters = new QueryParameters();
        UUID routineId = parameters.uuid("routineId", routineText);
        IsoWeek running = IsoWeek.of(LocalDate.now(clock));
        LocalDate givenFrom = parameters.date("from", fromText, null);
        LocalDate to = parameters.date("to", toText, running.monday());
        int weeks = parameters.integer("weeks", weeksText, DEFAULT_COHORT_WEEKS, 1, MAX_COHORT_WEEKS);
        parameters.validate();
        LocalDate from = givenFrom != null ? givenFrom : defaultFrom(to);
        parameters.weeks(from, to, MAX_WEEKS);
        parameters.validate();
        IsoWeek lastStart = IsoWeek.of(to);
        List<CohortReport.Cohort> cohorts = queries.cohorts(routineId, IsoWeek.of(from).monday(), lastStart.monday(), weeks,
                running.monday()).stream().map(cohort -> {
                    IsoWeek start = IsoWeek.of(cohort.startWeek());
                    List<CohortReport.CohortWeek> retention = new ArrayList<>();
                    for (int k = 1; k <= weeks && !start.plusWeeks(k - 1).isAfter(running); k++) {
                        int met = cohort.metByWeek().getOrDefault(k, 0);
                        retention.add(new CohortReport.CohortWeek(k, met, (double) met / cohort.plans()));
                    }
                    return new CohortReport.Cohort(start.toString(), cohort.startWeek(), cohort.plans(), retention);
                }).toList();
        return new CohortReport(routineId, IsoWeek.of(from).toString(), IsoWeek.of(to).toString(), weeks, cohorts);
    }

    /** The Monday of the first of the default {@value #DEFAULT_WEEKS} weeks ending with the week of {@code to}. */
    private static LocalDate defaultFrom(LocalDate to) {
        return IsoWeek.of(to).plusWeeks(1 - DEFAULT_WEEKS).monday();
    }
}
