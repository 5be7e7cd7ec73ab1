package app.limber.progress.api;

import java.math.BigDecimal;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.limber.platform.api.CsvTable;
import app.limber.platform.api.QueryParameters;
import app.limber.progress.domain.AdherenceDistribution;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.persistence.AnalyticsQueries;

/**
 * Platform-wide analytics for analysts (and admins), answered from rollups only: adherence and cohorts from the
 * plan-week rollups, adherence per weekly target, routine items and exercises from the weekly analytics rollups.
 * Every report also answers {@code text/csv} (one row per line of the JSON answer) on {@code Accept: text/csv}.
 */
@Path("/analytics")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
@RolesAllowed({"analyst", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "analytics", description = "Adherence across all users, from the plan-week rollups (role analyst or admin)")
public class AnalyticsResource {

    static final String GROUP_BY_WEEKLY_TARGET = "weeklyTarget";
    static final int MAX_WEEKS = 106;
    static final int DEFAULT_WEEKS = 12;
    static final int MAX_COHORT_WEEKS = 52;
    static final int DEFAULT_COHORT_WEEKS = 8;
    /** Item and exercise reports: a year of weeks, whichever weekday it starts on. */
    static final int MAX_ANALYSIS_WEEKS = 53;
    static final String CSV_DESCRIPTION = "The same report as RFC 4180 CSV: a header row, then one row per line of the "
            + "JSON answer (its fields as columns, an empty cell for null), on Accept: text/csv";

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
    @APIResponse(responseCode = "200", description = "One entry per week of the range (per week and weekly target with "
            + "groupBy=weeklyTarget)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdherenceReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION))})
    @APIResponse(responseCode = "400", description = ErrorDescriptions.ANALYTICS_PARAMETERS + ", groupBy other than "
            + "weeklyTarget, groupBy with routineId, or an unknown parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_ANALYST)
    public AdherenceReport adherence(
            @Parameter(description = "Only plans of this routine; all routines when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("routineId") String routineText,
            @Parameter(description = "A day in the first week; default the Monday 11 weeks before the week of 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "A day in the last week; default today (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText,
            @Parameter(description = "weeklyTarget: one entry per week and weekly target (1-14) of the plans, from "
                    + "rollups per weekly target; all routines only",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {GROUP_BY_WEEKLY_TARGET}))
            @QueryParam("groupBy") String groupByText) {
        QueryParameters parameters = new QueryParameters();
        UUID routineId = parameters.uuid("routineId", routineText);
        IsoWeek running = IsoWeek.of(LocalDate.now(clock));
        LocalDate givenFrom = parameters.date("from", fromText, null);
        LocalDate to = parameters.date("to", toText, running.monday());
        boolean byTarget = !parameters.terms("groupBy", groupByText == null ? null : List.of(groupByText),
                Map.of(GROUP_BY_WEEKLY_TARGET, GROUP_BY_WEEKLY_TARGET)).isEmpty();
        if (byTarget && routineId != null) {
            parameters.reject("routineId", "cannot be combined with groupBy=weeklyTarget, which covers all routines");
        }
        parameters.validate();
        LocalDate from = givenFrom != null ? givenFrom : defaultFrom(to);
        parameters.weeks(from, to, MAX_WEEKS);
        parameters.validate();
        IsoWeek first = IsoWeek.of(from);
        IsoWeek last = IsoWeek.of(to).isAfter(running) ? running : IsoWeek.of(to);
        if (byTarget) {
            return adherenceByWeeklyTarget(first, last, IsoWeek.of(to));
        }
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

    private AdherenceReport adherenceByWeeklyTarget(IsoWeek first, IsoWeek last, IsoWeek asked) {
        List<AdherenceReport.Week> weeks = new ArrayList<>();
        if (!first.isAfter(last)) {
            for (AnalyticsQueries.TargetWeekTallies row : queries.adherenceByWeeklyTarget(first.monday(), last.monday())) {
                AdherenceDistribution stats = AdherenceDistribution.of(row.plansActive(), row.tallied());
                IsoWeek week = IsoWeek.of(row.weekStart());
                weeks.add(new AdherenceReport.Week(week.toString(), week.monday(), row.weeklyTarget(), stats.plansActive(),
                        stats.mean(), stats.median(), stats.metShare()));
            }
        }
        return new AdherenceReport(null, first.toString(), asked.toString(), GROUP_BY_WEEKLY_TARGET, weeks);
    }

    @GET
    @Path("/routines/{routineId}/items")
    @Operation(operationId = "getRoutineItemsReport", summary = "A routine's items: completed, skipped, dose, drop-off",
            description = "Per item of the routine, over the ISO weeks containing 'from' to the week containing 'to': "
                    + "sessions that included it, the shares that completed and skipped it, the mean dose ratio against "
                    + "its prescription, and the share of sessions whose last completed item it was. Defaults: the last "
                    + "12 weeks up to the running week; at most 53 weeks.")
    @APIResponse(responseCode = "200", description = "One entry per item; none when the range has no session of the "
            + "routine that carried its prescription", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoutineItemsReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION))})
    @APIResponse(responseCode = "400", description = ErrorDescriptions.ANALYSIS_PARAMETERS)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_ANALYST)
    public RoutineItemsReport routineItems(
            @Parameter(description = "The routine", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("routineId") String routineText,
            @Parameter(description = "A day in the first week; default the Monday 11 weeks before the week of 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "A day in the last week; default today (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        QueryParameters parameters = new QueryParameters();
        UUID routineId = parameters.uuid("routineId", routineText);
        Weeks weeks = analysisWeeks(parameters, fromText, toText);
        List<RoutineItemsReport.Item> items = queries.items(routineId, weeks.first().monday(), weeks.last().monday())
                .stream().map(item -> new RoutineItemsReport.Item(item.position(), item.exerciseSlug(), item.sessions(),
                        item.completed(), item.skipped(), share(item.completed(), item.sessions()),
                        share(item.skipped(), item.sessions()), mean(item.doseSum(), item.doseCount()), item.dropOffs(),
                        share(item.dropOffs(), item.sessions()))).toList();
        return new RoutineItemsReport(routineId, weeks.first().toString(), weeks.asked().toString(), items);
    }

    @GET
    @Path("/exercises")
    @Operation(operationId = "getExerciseReport", summary = "Exercises across routines: completed, skipped, dose, effort, discomfort",
            description = "Per exercise, over the ISO weeks containing 'from' to the week containing 'to', in every "
                    + "routine or one: sessions containing it, completion and skip shares, mean dose ratio, and the mean "
                    + "effort and discomfort of those sessions. Defaults: the last 12 weeks up to the running week; at "
                    + "most 53 weeks.")
    @APIResponse(responseCode = "200", description = "One entry per exercise, most sessions first", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION))})
    @APIResponse(responseCode = "400", description = ErrorDescriptions.ANALYSIS_PARAMETERS)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = ErrorDescriptions.NOT_ANALYST)
    public ExerciseReport exercises(
            @Parameter(description = "Only sessions of this routine; all routines when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("routineId") String routineText,
            @Parameter(description = "A day in the first week; default the Monday 11 weeks before the week of 'to'",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromText,
            @Parameter(description = "A day in the last week; default today (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toText) {
        QueryParameters parameters = new QueryParameters();
        UUID routineId = parameters.uuid("routineId", routineText);
        Weeks weeks = analysisWeeks(parameters, fromText, toText);
        List<ExerciseReport.Exercise> exercises = queries.exercises(routineId, weeks.first().monday(), weeks.last().monday())
                .stream().map(exercise -> new ExerciseReport.Exercise(exercise.exerciseSlug(), exercise.sessions(),
                        exercise.completed(), exercise.skipped(), share(exercise.completed(), exercise.sessions()),
                        share(exercise.skipped(), exercise.sessions()), mean(exercise.doseSum(), exercise.doseCount()),
                        mean(BigDecimal.valueOf(exercise.effortSum()), exercise.effortCount()),
                        mean(BigDecimal.valueOf(exercise.discomfortSum()), exercise.discomfortCount()))).toList();
        return new ExerciseReport(routineId, weeks.first().toString(), weeks.asked().toString(), exercises);
    }

    /** The weeks of an item or exercise report: first, last (no later than the running week) and the one asked for. */
    private record Weeks(IsoWeek first, IsoWeek last, IsoWeek asked) {
    }

    private Weeks analysisWeeks(QueryParameters parameters, String fromText, String toText) {
        IsoWeek running = IsoWeek.of(LocalDate.now(clock));
        LocalDate givenFrom = parameters.date("from", fromText, null);
        LocalDate to = parameters.date("to", toText, running.monday());
        parameters.validate();
        LocalDate from = givenFrom != null ? givenFrom : defaultFrom(to);
        parameters.weeks(from, to, MAX_ANALYSIS_WEEKS);
        parameters.validate();
        IsoWeek last = IsoWeek.of(to).isAfter(running) ? running : IsoWeek.of(to);
        return new Weeks(IsoWeek.of(from), last, IsoWeek.of(to));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double mean(BigDecimal sum, long count) {
        return count == 0 ? null : sum.doubleValue() / count;
    }

    @GET
    @Path("/cohorts")
    @Operation(operationId = "getCohortReport", summary = "Plan cohorts by start week: share still meeting the target in week 1..N",
            description = "Cohorts of plans whose first ISO week lies from the week containing 'from' to the week "
                    + "containing 'to'. Defaults: the last 12 weeks up to the running week, N = 8; at most 106 weeks of "
                    + "cohorts and N ≤ 52.")
    @APIResponse(responseCode = "200", description = "Cohorts that have at least one plan, in start-week order", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION
                    + "; here one row per week of each cohort's life"))})
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
