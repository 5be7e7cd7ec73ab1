package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
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

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** An athlete's plans: making one (from a routine's page), ending one, pausing one. */
@Path("/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    @Inject
    Visitor visitor;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("plans.html")
    Template plans;

    @GET
    public String plans() {
        WebSession session = visitor.require(headers, "athlete");
        CompletableFuture<JsonNode> mine = services.getAsync(Service.ROUTINE, "/plans?size=100", session.bearerToken());
        Map<String, String> names = routineNames(services, session.bearerToken());
        List<Map<String, Object>> items = new ArrayList<>();
        ServiceClient.join(mine).path("items").forEach(plan -> {
            Map<String, Object> view = Json.map(plan);
            view.put("routineName", names.getOrDefault(plan.path("routineId").asText(), "A routine no longer listed"));
            items.add(view);
        });
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return this.plans.data("chrome", Chrome.of(session, "/plans")).data("plans", items)
                .data("today", today.toString()).data("inAWeek", today.plusDays(6).toString()).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response make(@RestForm("_csrf") String csrf, @RestForm String routineId, @RestForm String weeklyTarget,
                         @RestForm String startsOn, @RestForm String timeZone) {
        WebSession session = visitor.requireForm(headers, csrf, "athlete");
        services.post(Service.ROUTINE, "/plans", session.bearerToken(), planRequest(routineId, weeklyTarget, startsOn, timeZone), Map.of());
        return Response.seeOther(URI.create("/plans")).build();
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, @RestForm("_csrf") String csrf) {
        WebSession session = visitor.requireForm(headers, csrf, "athlete");
        services.delete(Service.ROUTINE, "/plans/" + id, session.bearerToken());
        return Response.seeOther(URI.create("/plans")).build();
    }

    @POST
    @Path("{id}/pauses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@PathParam("id") UUID id, @RestForm("_csrf") String csrf, @RestForm String startsOn, @RestForm String endsOn) {
        WebSession session = visitor.requireForm(headers, csrf, "athlete");
        services.post(Service.ROUTINE, "/plans/" + id + "/pauses", session.bearerToken(), pauseRequest(startsOn, endsOn), Map.of());
        return Response.seeOther(URI.create("/plans")).build();
    }

    /** A plan as POST /plans takes it; values pass as typed, so the service names any bad field. */
    static Map<String, Object> planRequest(String routineId, String weeklyTarget, String startsOn, String timeZone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("routineId", routineId);
        body.put("weeklyTarget", number(weeklyTarget));
        body.put("timeZone", timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.trim());
        body.put("startsOn", startsOn);
        return body;
    }

    static Map<String, Object> pauseRequest(String startsOn, String endsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        return body;
    }

    private static Object number(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (RuntimeException e) {
            return value;
        }
    }

    /** Routine names by id, of every routine the person can read. */
    static Map<String, String> routineNames(ServiceClient services, String token) {
        Map<String, String> names = new HashMap<>();
        services.get(Service.ROUTINE, "/routines?size=100", token).path("items")
                .forEach(routine -> names.put(routine.path("id").asText(), routine.path("name").asText()));
        return names;
    }
}
