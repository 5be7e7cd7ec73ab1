package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
import app.limber.web.view.CalendarHeatmap;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * An athlete's progress: streaks, this week against target, habit strength, a 12-month calendar, volume per
 * target area, the milestone feed and the nudge settings.
 */
@Path("/progress")
@Produces(MediaType.TEXT_HTML)
public class ProgressPages {

    @Inject
    Visitor visitor;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("progress.html")
    Template page;

    @GET
    public String progress(@RestQuery String logged, @RestQuery String saved) {
        WebSession session = visitor.require(headers, "athlete");
        String token = session.bearerToken();
        // up to tomorrow in UTC, 366 days: whatever zone the athlete's today is in, it is inside
        LocalDate to = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate from = to.minusDays(365);
        CompletableFuture<JsonNode> summary = services.getAsync(Service.PROGRESS, "/progress/me", token);
        CompletableFuture<JsonNode> calendar = services.getAsync(Service.PROGRESS, "/progress/me/calendar?from=" + from + "&to=" + to, token);
        CompletableFuture<JsonNode> areas = services.getAsync(Service.PROGRESS, "/progress/me/areas", token);
        CompletableFuture<JsonNode> milestones = services.getAsync(Service.PROGRESS, "/progress/me/milestones?size=10", token);
        CompletableFuture<JsonNode> nudges = services.getAsync(Service.PROGRESS, "/progress/me/nudges", token);
        JsonNode days = ServiceClient.join(calendar);
        return page.data("chrome", Chrome.of(session, "/progress"))
                .data("summary", Json.map(ServiceClient.join(summary)))
                .data("habitPercent", Math.round(ServiceClient.join(summary).path("habitStrength").asDouble(0) * 100))
                .data("heatmap", heatmap(days, from, to, "Sessions per day over the last 12 months"))
                .data("activeDays", activeDays(days))
                .data("areas", Json.list(ServiceClient.join(areas).path("areas")))
                .data("milestones", Json.list(ServiceClient.join(milestones).path("items")))
                .data("nudges", Json.map(ServiceClient.join(nudges)))
                .data("logged", logged != null && !logged.isBlank())
                .data("saved", saved != null)
                .render();
    }

    @POST
    @Path("nudges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nudges(@RestForm("_csrf") String csrf, @RestForm String weekAtRisk, @RestForm String weekMissed,
                           @RestForm String inactive, @RestForm String celebrations, @RestForm String nudgeHour,
                           @RestForm String quietStart, @RestForm String quietEnd, @RestForm String maxNudgesPerDay) {
        WebSession session = visitor.requireForm(headers, csrf, "athlete");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("weekAtRisk", weekAtRisk != null);
        body.put("weekMissed", weekMissed != null);
        body.put("inactive", inactive != null);
        body.put("celebrations", celebrations != null);
        body.put("nudgeHour", number(nudgeHour));
        body.put("quietStart", blankToNull(quietStart));
        body.put("quietEnd", blankToNull(quietEnd));
        body.put("maxNudgesPerDay", number(maxNudgesPerDay));
        services.put(Service.PROGRESS, "/progress/me/nudges", session.bearerToken(), body);
        return Response.seeOther(URI.create("/progress?saved=nudges#nudges")).build();
    }

    /** The calendar answer drawn as a heatmap. */
    static String heatmap(JsonNode calendar, LocalDate from, LocalDate to, String label) {
        Map<LocalDate, Integer> sessions = new TreeMap<>();
        calendar.path("days").forEach(day -> sessions.put(LocalDate.parse(day.path("date").asText()), day.path("sessions").asInt()));
        int total = sessions.values().stream().mapToInt(Integer::intValue).sum();
        long days = sessions.values().stream().filter(count -> count > 0).count();
        return CalendarHeatmap.render(from, to, sessions,
                label + ": " + total + (total == 1 ? " session" : " sessions") + " on " + days + (days == 1 ? " day" : " days"));
    }

    static long activeDays(JsonNode calendar) {
        long days = 0;
        for (JsonNode day : calendar.path("days")) {
            if (day.path("sessions").asInt() > 0) {
                days++;
            }
        }
        return days;
    }

    private static Object number(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (RuntimeException e) {
            return value;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static List<String> hours() {
        return java.util.stream.IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h)).toList();
    }
}
