package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.csv.Csv;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
import app.limber.web.view.AdherenceChart;
import app.limber.web.view.ShareColours;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Platform-wide adherence for analysts (and admins): per ISO week as a chart and a table, the cohort table as a
 * heatmap; on a second page a routine's item completion and drop-off and the exercises' skips. Each report is one
 * section fed by one endpoint and downloadable as CSV: the JSON-fed ones written by {@link Csv}, the item and
 * exercise ones passed through as the service writes them.
 */
@Path("/analytics")
public class AnalyticsPages {

    static final int DEFAULT_WEEKS = 12;
    static final int COHORT_WEEKS = 8;
    /** The item and exercise reports' longest range, as the service allows it. */
    static final int REPORT_WEEKS = 53;

    @Inject
    Visitor visitor;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("analytics.html")
    Template page;
    @Inject
    @Location("analytics-routines.html")
    Template routinesPage;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String analytics(@RestQuery String routineId, @RestQuery Integer weeks) {
        WebSession session = visitor.require(headers, "analyst", "admin");
        String query = query(routineId, weeks);
        CompletableFuture<JsonNode> adherence = services.getAsync(Service.PROGRESS, "/analytics/adherence?" + query, session.bearerToken());
        CompletableFuture<JsonNode> cohorts = services.getAsync(Service.PROGRESS, "/analytics/cohorts?" + query + "&weeks=" + COHORT_WEEKS,
                session.bearerToken());
        CompletableFuture<JsonNode> routines = services.getAsync(Service.ROUTINE, "/routines?size=100", session.bearerToken());
        JsonNode report = ServiceClient.join(adherence);
        List<AdherenceChart.Point> points = new ArrayList<>();
        report.path("weeks").forEach(week -> points.add(new AdherenceChart.Point(week.path("week").asText(),
                share(week.path("meanAdherence")), share(week.path("medianAdherence")), share(week.path("metTargetShare")))));
        String label = "Adherence per ISO week from " + report.path("from").asText() + " to " + report.path("to").asText()
                + ": mean, median and share of plans meeting their target";
        return page.data("chrome", Chrome.of(session, "/analytics"))
                .data("routines", Json.list(ServiceClient.join(routines).path("items")))
                .data("routineId", routineId == null ? "" : routineId)
                .data("weeksShown", weeks(weeks))
                .data("query", query)
                .data("report", Json.map(report))
                .data("weekRows", weekRows(report))
                .data("chart", AdherenceChart.render(points, label))
                .data("cohorts", cohortRows(ServiceClient.join(cohorts)))
                .data("cohortWeeks", java.util.stream.IntStream.rangeClosed(1, COHORT_WEEKS).boxed().toList())
                .render();
    }

    @GET
    @Path("adherence.csv")
    @Produces("text/csv")
    public Response adherenceCsv(@RestQuery String routineId, @RestQuery Integer weeks) {
        WebSession session = visitor.require(headers, "analyst", "admin");
        JsonNode report = services.get(Service.PROGRESS, "/analytics/adherence?" + query(routineId, weeks), session.bearerToken());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("week", "weekStart", "plansActive", "meanAdherence", "medianAdherence", "metTargetShare"));
        report.path("weeks").forEach(week -> rows.add(List.of(week.path("week").asText(), week.path("weekStart").asText(),
                week.path("plansActive").asText(), text(week.path("meanAdherence")), text(week.path("medianAdherence")),
                text(week.path("metTargetShare")))));
        return csv(Csv.write(rows), "adherence.csv");
    }

    @GET
    @Path("cohorts.csv")
    @Produces("text/csv")
    public Response cohortsCsv(@RestQuery String routineId, @RestQuery Integer weeks) {
        WebSession session = visitor.require(headers, "analyst", "admin");
        JsonNode report = services.get(Service.PROGRESS, "/analytics/cohorts?" + query(routineId, weeks) + "&weeks=" + COHORT_WEEKS,
                session.bearerToken());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("startWeek", "weekStart", "plans", "week", "met", "share"));
        report.path("cohorts").forEach(cohort -> cohort.path("retention").forEach(week -> rows.add(List.of(
                cohort.path("startWeek").asText(), cohort.path("weekStart").asText(), cohort.path("plans").asText(),
                week.path("week").asText(), week.path("met").asText(), text(week.path("share"))))));
        return csv(Csv.write(rows), "cohorts.csv");
    }

    /** One routine's items (completion, skips, drop-off) and the same routine's exercises (skips), for the chosen weeks. */
    @GET
    @Path("routines")
    @Produces(MediaType.TEXT_HTML)
    public String routines(@RestQuery String routineId, @RestQuery Integer weeks) {
        WebSession session = visitor.require(headers, "analyst", "admin");
        String query = query(null, reportWeeks(weeks));
        JsonNode routines = services.get(Service.ROUTINE, "/routines?size=100", session.bearerToken()).path("items");
        String chosen = routineId != null && !routineId.isBlank() ? UUID.fromString(routineId.trim()).toString()
                : routines.path(0).path("id").asText("");
        CompletableFuture<JsonNode> exercises = services.getAsync(Service.PROGRESS,
                "/analytics/exercises?" + query(chosen, reportWeeks(weeks)), session.bearerToken());
        JsonNode items = chosen.isEmpty() ? null
                : services.get(Service.PROGRESS, "/analytics/routines/" + chosen + "/items?" + query, session.bearerToken());
        JsonNode exerciseReport = ServiceClient.join(exercises);
        return routinesPage.data("chrome", Chrome.of(session, "/analytics"))
                .data("routines", Json.list(routines))
                .data("routineId", chosen)
                .data("weeksShown", reportWeeks(weeks))
                .data("query", query)
                .data("range", exerciseReport.path("from").asText() + " to " + exerciseReport.path("to").asText())
                .data("items", items == null ? List.of() : itemRows(items))
                .data("exercises", exerciseRows(exerciseReport))
                .render();
    }

    @GET
    @Path("routines/{routineId}/items.csv")
    @Produces("text/csv")
    public Response itemsCsv(UUID routineId, @RestQuery Integer weeks) {
        WebSession session = visitor.require(headers, "analyst", "admin");
        return csv(services.getText(Service.PROGRESS, "/analytics/routines/" + routineId + "/items?" + query(null, reportWeeks(weeks)),
                session.bearerToken(), "text/csv"), "routine-items.csv");
    }

    @GET
    @Path("exercises.csv")
    @Produces("text/csv")
    public Response exercisesCsv(@RestQuery String routineId, @RestQuery Integer weeks) {
        WebSession session = visitor.require(headers, "analyst", "admin");
        return csv(services.getText(Service.PROGRESS, "/analytics/exercises?" + query(routineId, reportWeeks(weeks)), session.bearerToken(),
                "text/csv"), "exercises.csv");
    }

    private static Response csv(String body, String name) {
        return Response.ok(body, "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The services' parameters for the last {@code weeks} ISO weeks up to today (UTC), of one routine or all. */
    static String query(String routineId, Integer weeks) {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        StringBuilder query = new StringBuilder("from=").append(to.minusWeeks(weeks(weeks) - 1L)).append("&to=").append(to);
        if (routineId != null && !routineId.isBlank()) {
            query.append("&routineId=").append(UUID.fromString(routineId.trim()));
        }
        return query.toString();
    }

    static int reportWeeks(Integer weeks) {
        return Math.min(REPORT_WEEKS, weeks(weeks));
    }

    static int weeks(Integer weeks) {
        return weeks == null ? DEFAULT_WEEKS : Math.max(1, Math.min(104, weeks));
    }

    /** The chart's numbers as a table, each share as a percentage ("—" for a week without active plans). */
    static List<Map<String, Object>> weekRows(JsonNode report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        report.path("weeks").forEach(week -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", week.path("week").asText());
            row.put("plansActive", week.path("plansActive").asInt());
            row.put("mean", percent(week.path("meanAdherence")));
            row.put("median", percent(week.path("medianAdherence")));
            row.put("met", percent(week.path("metTargetShare")));
            rows.add(row);
        });
        return rows;
    }

    /** A routine's items by position, shares as percentages. */
    static List<Map<String, Object>> itemRows(JsonNode report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        report.path("items").forEach(item -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", item.path("position").asInt());
            row.put("exercise", item.path("exerciseSlug").asText());
            row.put("sessions", item.path("sessions").asLong());
            row.put("completed", percent(item.path("completedShare")));
            row.put("skipped", percent(item.path("skippedShare")));
            row.put("dose", ratio(item.path("meanDoseRatio")));
            row.put("dropOffs", item.path("dropOffs").asLong());
            row.put("dropOff", percent(item.path("dropOffShare")));
            rows.add(row);
        });
        return rows;
    }

    /** The exercises, most sessions first, shares as percentages ("—" where there is nothing to average). */
    static List<Map<String, Object>> exerciseRows(JsonNode report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        report.path("exercises").forEach(exercise -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("exercise", exercise.path("exerciseSlug").asText());
            row.put("sessions", exercise.path("sessions").asLong());
            row.put("completed", percent(exercise.path("completedShare")));
            row.put("skipped", percent(exercise.path("skippedShare")));
            row.put("dose", ratio(exercise.path("meanDoseRatio")));
            row.put("effort", ratio(exercise.path("meanEffort")));
            row.put("discomfort", ratio(exercise.path("meanDiscomfort")));
            rows.add(row);
        });
        return rows;
    }

    private static String ratio(JsonNode value) {
        return value.isNumber() ? String.format(java.util.Locale.ROOT, "%.2f", value.asDouble()) : "—";
    }

    private static String percent(JsonNode share) {
        return share.isNumber() ? Math.round(share.asDouble() * 100) + "%" : "—";
    }

    private static Double share(JsonNode value) {
        return value.isNumber() ? value.asDouble() : null;
    }

    private static String text(JsonNode value) {
        return value.isNumber() ? value.asText() : "";
    }

    /** One row per cohort, one cell per week of its life: the share, its colours, its text. */
    static List<Map<String, Object>> cohortRows(JsonNode report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        report.path("cohorts").forEach(cohort -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("startWeek", cohort.path("startWeek").asText());
            row.put("plans", cohort.path("plans").asInt());
            List<Map<String, Object>> cells = new ArrayList<>();
            cohort.path("retention").forEach(week -> {
                double share = week.path("share").asDouble();
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("week", week.path("week").asInt());
                cell.put("text", Math.round(share * 100) + "%");
                cell.put("style", "background:" + ShareColours.background(share) + ";color:" + ShareColours.text(share));
                cell.put("title", week.path("met").asInt() + " of " + cohort.path("plans").asInt() + " plans met their target");
                cells.add(cell);
            });
            row.put("cells", cells);
            rows.add(row);
        });
        return rows;
    }
}
