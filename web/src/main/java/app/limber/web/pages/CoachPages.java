package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
import app.limber.web.view.Labels;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A coach's pages: inviting an athlete, the athletes sorted by alert severity (as progress-service sorts them), one
 * athlete's calendar, sessions and adherence per week, alerts and sessions (effort and discomfort each), and assigning and pausing their plans
 * where they allowed it.
 */
@Path("/coach")
@Produces(MediaType.TEXT_HTML)
public class CoachPages {

    static final int WEEKS = 12;
    /** Sessions per page of an athlete's session table. */
    static final int SESSIONS_PER_PAGE = 20;
    /**
     * A discomfort the session table marks as of concern: progress-service's default threshold for a critical
     * discomfort alert (pain at 7 or more out of 10).
     */
    static final int DISCOMFORT_OF_CONCERN = 7;

    @Inject
    Visitor visitor;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("coach.html")
    Template athletes;
    @Inject
    @Location("coach-athlete.html")
    Template athlete;

    @GET
    public String athletes() {
        return athletesPage(visitor.require(headers, "coach"), null);
    }

    /** The code is shown once, in the answer to this form: the service keeps only its hash. */
    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String invite(@RestForm("_csrf") String csrf) {
        WebSession session = visitor.requireForm(headers, csrf, "coach");
        JsonNode invitation = services.post(Service.ROUTINE, "/coach/invitations", session.bearerToken(), null, Map.of()).body();
        return athletesPage(session, Json.map(invitation));
    }

    private String athletesPage(WebSession session, Map<String, Object> invitation) {
        JsonNode list = services.get(Service.PROGRESS, "/coach/athletes?sort=severity&size=100", session.bearerToken());
        return athletes.data("chrome", Chrome.of(session, "/coach")).data("athletes", Json.list(list.path("items")))
                .data("invitation", invitation).render();
    }

    @GET
    @Path("athletes/{athleteId}")
    public String athlete(@PathParam("athleteId") String athleteId, @RestQuery Integer sessionsPage) {
        WebSession session = visitor.require(headers, "coach");
        int sessionPage = sessionsPage == null ? 0 : Math.max(0, Math.min(10_000, sessionsPage));
        String token = session.bearerToken();
        String path = "/coach/athletes/" + CatalogPages.encode(athleteId);
        LocalDate to = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate from = to.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1);
        CompletableFuture<JsonNode> summary = services.getAsync(Service.PROGRESS, path + "/progress", token);
        CompletableFuture<JsonNode> calendar = services.getAsync(Service.PROGRESS, path + "/calendar?from=" + from + "&to=" + to, token);
        CompletableFuture<JsonNode> alerts = services.getAsync(Service.PROGRESS, path + "/alerts?size=50", token);
        CompletableFuture<JsonNode> planWeeks = services.getAsync(Service.PROGRESS, path + "/weeks", token);
        CompletableFuture<JsonNode> row = services.getAsync(Service.PROGRESS, "/coach/athletes?sort=athlete&size=100", token);
        CompletableFuture<JsonNode> plans = services.getAsync(Service.ROUTINE, path + "/plans?size=50", token)
                .exceptionally(failure -> null);
        CompletableFuture<JsonNode> routines = services.getAsync(Service.ROUTINE, "/routines?size=100", token);
        CompletableFuture<JsonNode> sessions = services.getAsync(Service.ROUTINE,
                path + "/sessions?size=" + SESSIONS_PER_PAGE + "&page=" + sessionPage, token);
        JsonNode days = ServiceClient.join(calendar);
        JsonNode planPage = ServiceClient.join(plans);
        Map<String, String> names = new LinkedHashMap<>();
        ServiceClient.join(routines).path("items").forEach(r -> names.put(r.path("id").asText(), r.path("name").asText()));
        List<Map<String, Object>> planViews = new ArrayList<>();
        if (planPage != null) {
            planPage.path("items").forEach(plan -> {
                Map<String, Object> view = Json.map(plan);
                view.put("routineName", names.getOrDefault(plan.path("routineId").asText(), "A routine you cannot see"));
                planViews.add(view);
            });
        }
        Map<String, Object> glance = Map.of();
        for (JsonNode item : ServiceClient.join(row).path("items")) {
            if (item.path("athleteId").asText().equals(athleteId)) {
                glance = Json.map(item);
            }
        }
        JsonNode progress = ServiceClient.join(summary);
        JsonNode sessionList = ServiceClient.join(sessions);
        long sessionTotal = sessionList.path("total").asLong();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return athlete.data("chrome", Chrome.of(session, "/coach"))
                .data("athleteId", athleteId)
                .data("summary", Json.map(progress))
                .data("adherence4", percent(progress.path("adherence").path("last4Weeks")))
                .data("adherenceAll", percent(progress.path("adherence").path("allTime")))
                .data("glance", glance)
                .data("heatmap", ProgressPages.heatmap(days, from, to, "Sessions per day over the last " + WEEKS + " weeks"))
                .data("weeks", weeks(days))
                .data("planWeeks", adherenceWeeks(ServiceClient.join(planWeeks), names))
                .data("sessions", sessionRows(sessionList))
                .data("sessionTotal", sessionTotal)
                .data("discomfortOfConcern", DISCOMFORT_OF_CONCERN)
                .data("sessionsShown", sessionList.path("items").isEmpty() ? ""
                        : (sessionPage * SESSIONS_PER_PAGE + 1) + "–" + (sessionPage * SESSIONS_PER_PAGE + sessionList.path("items").size()))
                .data("newerSessions", sessionPage > 0 ? sessionPage - 1 : null)
                .data("olderSessions", (long) (sessionPage + 1) * SESSIONS_PER_PAGE < sessionTotal ? sessionPage + 1 : null)
                .data("alerts", Json.list(ServiceClient.join(alerts).path("items")))
                .data("canAssign", planPage != null)
                .data("plans", planViews)
                .data("routines", Json.list(ServiceClient.join(routines).path("items")))
                .data("today", today.toString()).data("inAWeek", today.plusDays(6).toString())
                .render();
    }

    @POST
    @Path("athletes/{athleteId}/alerts/{alertId}/ack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("athleteId") String athleteId, @PathParam("alertId") UUID alertId,
                                @RestForm("_csrf") String csrf) {
        WebSession session = visitor.requireForm(headers, csrf, "coach");
        services.post(Service.PROGRESS, "/coach/athletes/" + CatalogPages.encode(athleteId) + "/alerts/" + alertId + "/ack",
                session.bearerToken(), null, Map.of());
        return backTo(athleteId);
    }

    @POST
    @Path("athletes/{athleteId}/plans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("athleteId") String athleteId, @RestForm("_csrf") String csrf, @RestForm String routineId,
                           @RestForm String weeklyTarget, @RestForm String startsOn, @RestForm String timeZone) {
        WebSession session = visitor.requireForm(headers, csrf, "coach");
        services.post(Service.ROUTINE, "/coach/athletes/" + CatalogPages.encode(athleteId) + "/plans", session.bearerToken(),
                PlanPages.planRequest(routineId, weeklyTarget, startsOn, timeZone), Map.of());
        return backTo(athleteId);
    }

    @POST
    @Path("athletes/{athleteId}/plans/{planId}/pauses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@PathParam("athleteId") String athleteId, @PathParam("planId") UUID planId,
                          @RestForm("_csrf") String csrf, @RestForm String startsOn, @RestForm String endsOn) {
        WebSession session = visitor.requireForm(headers, csrf, "coach");
        services.post(Service.ROUTINE, "/coach/athletes/" + CatalogPages.encode(athleteId) + "/plans/" + planId + "/pauses",
                session.bearerToken(), PlanPages.pauseRequest(startsOn, endsOn), Map.of());
        return backTo(athleteId);
    }

    private static Response backTo(String athleteId) {
        return Response.seeOther(URI.create("/coach/athletes/" + CatalogPages.encode(athleteId))).build();
    }

    private static String percent(JsonNode share) {
        return share.isNumber() ? Math.round(share.asDouble() * 100) + "%" : "—";
    }

    /**
     * The athlete's sessions as the table shows them, newest first: the day, routine, duration, effort and discomfort
     * (flagged when of concern), and the exercises done and skipped.
     */
    static List<Map<String, Object>> sessionRows(JsonNode page) {
        List<Map<String, Object>> rows = new ArrayList<>();
        page.path("items").forEach(session -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", session.path("id").asText());
            row.put("date", session.path("localDate").asText());
            row.put("routine", session.path("routineName").asText("A routine"));
            row.put("duration", duration(session.path("durationSeconds").asInt()));
            row.put("effort", session.path("effort").isInt() ? session.path("effort").asText() : "—");
            JsonNode discomfort = session.path("discomfort");
            row.put("discomfort", discomfort.isInt() ? discomfort.asText() : "—");
            row.put("concern", discomfort.isInt() && discomfort.asInt() >= DISCOMFORT_OF_CONCERN);
            int entries = 0;
            int done = 0;
            List<String> skipped = new ArrayList<>();
            for (JsonNode exercise : session.path("exercises")) {
                entries++;
                String name = Labels.label(exercise.path("exerciseSlug").asText());
                String side = exercise.path("side").asText();
                String label = "left".equals(side) || "right".equals(side) ? name + " (" + side + ")" : name;
                if (exercise.path("completed").asBoolean(true)) {
                    done++;
                } else {
                    skipped.add(label);
                }
            }
            row.put("exercises", done + " of " + entries + " done");
            row.put("skipped", skipped.isEmpty() ? "" : "skipped: " + String.join(", ", skipped));
            rows.add(row);
        });
        return rows;
    }

    /** "12 min 15 s", "45 s", "1 h 5 min". */
    static String duration(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
    }

    /**
     * The athlete's adherence per plan-week as progress-service counts it (the last 12 weeks, oldest first): the week,
     * the plan's routine, sessions done of the week's target, whether it was met in words ("met", "not met", or "this
     * week" while the running week can still be met), and the share of the target done for a bar (at most 100).
     */
    static List<Map<String, Object>> adherenceWeeks(JsonNode answer, Map<String, String> routineNames) {
        List<Map<String, Object>> rows = new ArrayList<>();
        answer.path("weeks").forEach(week -> {
            int done = week.path("done").asInt();
            int target = Math.max(1, week.path("target").asInt());
            boolean met = week.path("met").asBoolean();
            String status = met ? "met" : week.path("settled").asBoolean(true) ? "missed" : "open";
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", week.path("week").asText());
            row.put("monday", week.path("weekStart").asText());
            row.put("routine", routineNames.getOrDefault(week.path("routineId").asText(), "A routine you cannot see"));
            row.put("done", done + " of " + target);
            row.put("status", status);
            row.put("result", switch (status) {
                case "met" -> "Met";
                case "missed" -> "Not met";
                default -> "Not met yet (this week)";
            });
            row.put("bar", Math.min(100, Math.round(100.0 * done / target)));
            rows.add(row);
        });
        return rows;
    }

    /** Sessions per ISO week from the calendar, oldest first, with each week's share of the busiest for a bar. */
    static List<Map<String, Object>> weeks(JsonNode calendar) {
        Map<LocalDate, Integer> perWeek = new LinkedHashMap<>();
        calendar.path("days").forEach(day -> perWeek.merge(LocalDate.parse(day.path("date").asText()).with(DayOfWeek.MONDAY),
                day.path("sessions").asInt(), Integer::sum));
        int busiest = perWeek.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Map<String, Object>> weeks = new ArrayList<>();
        perWeek.forEach((monday, sessions) -> {
            Map<String, Object> week = new LinkedHashMap<>();
            week.put("week", monday.format(DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8));
            week.put("monday", monday.toString());
            week.put("sessions", sessions);
            week.put("bar", busiest == 0 ? 0 : Math.round(100.0 * sessions / busiest));
            weeks.add(week);
        });
        return weeks;
    }

}
