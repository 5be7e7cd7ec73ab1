package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.player.PlayerItem;
import app.limber.web.player.PlayerPlan;
import app.limber.web.player.SessionEntry;
import app.limber.web.session.ForbiddenException;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
import app.limber.web.view.Dose;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Routines: the list with estimated durations, one routine, playing it and logging the session. */
@Path("/routines")
@Produces(MediaType.TEXT_HTML)
public class RoutinePages {

    static final List<String> PURPOSES = List.of("warm-up", "cooldown", "strength", "recovery", "mobility");

    @Inject
    Visitor visitor;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    FirstSubmissions firstSubmissions;
    @Inject
    @Location("routines.html")
    Template list;
    @Inject
    @Location("routine.html")
    Template one;
    @Inject
    @Location("play.html")
    Template play;

    @GET
    @SuppressWarnings("unchecked")
    public String routines(@RestQuery String purpose) {
        WebSession session = visitor.require(headers);
        String filter = purpose != null && PURPOSES.contains(purpose) ? "&purpose=" + purpose : "";
        Map<String, Object> page = Json.map(services.get(Service.ROUTINE, "/routines?size=100" + filter, session.bearerToken()));
        List<Object> items = (List<Object>) page.getOrDefault("items", List.of());
        items.forEach(item -> describe((Map<String, Object>) item));
        return list.data("chrome", Chrome.of(session, "/routines")).data("routines", items)
                .data("purposes", PURPOSES).data("purpose", filter.isEmpty() ? "" : purpose).render();
    }

    @GET
    @Path("{id}")
    @SuppressWarnings("unchecked")
    public String routine(@PathParam("id") UUID id) {
        WebSession session = visitor.require(headers);
        Map<String, Object> routine = Json.map(services.get(Service.ROUTINE, "/routines/" + id, session.bearerToken()));
        describe(routine);
        ((List<Object>) routine.getOrDefault("items", List.of())).forEach(item -> {
            Map<String, Object> view = (Map<String, Object>) item;
            view.put("dose", Dose.describe((Map<String, Object>) view.get("prescription"), Boolean.TRUE.equals(view.get("perSide"))));
        });
        return one.data("chrome", Chrome.of(session, "/routines")).data("routine", routine)
                .data("athlete", session.hasRole("athlete")).data("today", LocalDate.now(ZoneOffset.UTC).toString()).render();
    }

    /** The player: every step rendered in order (readable without script), played one at a time by limber.js. */
    @GET
    @Path("{id}/play")
    @SuppressWarnings("unchecked")
    public String play(@PathParam("id") UUID id, @RestQuery String plan) {
        WebSession session = visitor.require(headers, "athlete");
        JsonNode routine = services.get(Service.ROUTINE, "/routines/" + id, session.bearerToken());
        CompletableFuture<JsonNode> plans = services.getAsync(Service.ROUTINE, "/plans?size=100", session.bearerToken());
        Map<String, CompletableFuture<JsonNode>> exercises = new LinkedHashMap<>();
        routine.path("items").forEach(item -> exercises.computeIfAbsent(item.path("exerciseSlug").asText(),
                slug -> services.getAsync(Service.CATALOG, "/exercises/" + slug, null)
                        .exceptionally(failure -> null)));
        List<PlayerItem> items = new ArrayList<>();
        routine.path("items").forEach(item -> {
            JsonNode exercise = ServiceClient.join(exercises.get(item.path("exerciseSlug").asText()));
            items.add(playerItem(item, exercise));
        });
        PlayerPlan player = PlayerPlan.of(items, routine.path("rounds").path("min").asInt(1));
        List<Map<String, Object>> activePlans = new ArrayList<>();
        ServiceClient.join(plans).path("items").forEach(p -> {
            if (p.path("routineId").asText().equals(id.toString()) && p.path("status").asText().equals("active")) {
                activePlans.add(Json.map(p));
            }
        });
        Map<String, Object> view = Json.map(routine);
        describe(view);
        return play.data("chrome", Chrome.of(session, "/routines")).data("routine", view).data("player", player)
                .data("plans", activePlans).data("chosenPlan", plan == null ? "" : plan)
                .data("idempotencyKey", UUID.randomUUID().toString())
                .data("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).render();
    }

    /**
     * Logs the played session. The form's Idempotency-Key was made when the page was rendered, so sending the form
     * twice (a double click, a reload after a lost answer) records one session.
     */
    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@PathParam("id") UUID id, @RestForm("_csrf") String csrf, @RestForm String idempotencyKey,
                        @RestForm String startedAt, @RestForm String timeZone, @RestForm String planId,
                        @RestForm String effort, @RestForm String discomfort, @RestForm List<String> entry,
                        @RestForm List<String> completed) {
        WebSession session = visitor.requireForm(headers, csrf, "athlete");
        if (idempotencyKey == null || !idempotencyKey.matches("[0-9a-f-]{36}")) {
            throw new ForbiddenException("The form lacks its key; reload the page and log the session again.");
        }
        Map<String, Object> body = firstSubmissions.bodyFor(session.userId(), idempotencyKey, () ->
                sessionRequest(id, startedAt, timeZone, planId, effort, discomfort, entry, completed));
        ServiceClient.Answer answer = services.post(Service.ROUTINE, "/sessions", session.bearerToken(), body,
                Map.of("Idempotency-Key", idempotencyKey));
        String sessionId = answer.body().path("id").asText();
        return Response.seeOther(URI.create("/progress?logged=" + sessionId)).build();
    }

    /** The session as POST /sessions takes it, ending now. */
    static Map<String, Object> sessionRequest(UUID id, String startedAt, String timeZone, String planId, String effort,
                                              String discomfort, List<String> entry, List<String> completed) {
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Set<String> done = new LinkedHashSet<>(completed == null ? List.of() : completed);
        List<Map<String, Object>> exercises = new ArrayList<>();
        List<String> entries = entry == null ? List.of() : entry;
        for (int i = 0; i < entries.size(); i++) {
            SessionEntry parsed = SessionEntry.parse(i, entries.get(i));
            if (parsed == null) {
                continue;
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("exerciseSlug", parsed.slug());
            result.put("side", parsed.side());
            result.put("setsDone", parsed.setsDone());
            if (parsed.repsDone() > 0) {
                result.put("repsDone", parsed.repsDone());
            }
            if (parsed.holdSeconds() > 0) {
                result.put("holdSeconds", parsed.holdSeconds());
            }
            result.put("completed", done.contains(String.valueOf(i)));
            exercises.add(result);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("routineId", id.toString());
        if (planId != null && !planId.isBlank()) {
            body.put("planId", planId);
        }
        body.put("startedAt", started(startedAt, completedAt).toString());
        body.put("completedAt", completedAt.toString());
        body.put("timeZone", timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.trim());
        body.put("exercises", exercises);
        putNumber(body, "effort", effort);
        putNumber(body, "discomfort", discomfort);
        return body;
    }

    /** When the player started, as its script reported it; a missing or impossible time counts from now. */
    static Instant started(String startedAt, Instant completedAt) {
        try {
            Instant started = Instant.parse(startedAt).truncatedTo(ChronoUnit.SECONDS);
            if (!started.isAfter(completedAt) && Duration.between(started, completedAt).compareTo(Duration.ofHours(12)) <= 0) {
                return started;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // a form sent without the player's start: the session is logged as ending now
        }
        return completedAt;
    }

    private static void putNumber(Map<String, Object> body, String name, String value) {
        if (value != null && value.matches("\\d{1,2}")) {
            body.put(name, Integer.parseInt(value));
        }
    }

    @SuppressWarnings("unchecked")
    static void describe(Map<String, Object> routine) {
        routine.put("duration", Dose.minutes((Map<String, Object>) routine.get("estimatedDuration")));
        Map<String, Object> rounds = (Map<String, Object>) routine.get("rounds");
        String range = rounds == null ? null : Dose.describe(Map.of("sets", rounds), false);
        routine.put("roundsText", range == null || range.isEmpty() || range.equals("1 set") ? "" : range.replace("sets", "rounds").replace("set", "round"));
        routine.put("itemCount", ((List<Object>) routine.getOrDefault("items", List.of())).size());
    }

    static PlayerItem playerItem(JsonNode item, JsonNode exercise) {
        JsonNode prescription = item.path("prescription");
        List<String> steps = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        if (exercise != null) {
            exercise.path("steps").forEach(step -> steps.add(step.asText()));
            exercise.path("cues").forEach(cue -> cues.add(cue.asText()));
        }
        String name = item.path("exerciseName").asText(exercise == null ? item.path("exerciseSlug").asText() : exercise.path("name").asText());
        return new PlayerItem(item.path("exerciseSlug").asText(), name, Math.max(1, min(prescription, "sets", 1)),
                minOrNull(prescription, "reps"), minOrNull(prescription, "holdSeconds"), minOrNull(prescription, "durationSeconds"),
                item.path("perSide").asBoolean(false), item.path("restSeconds").asInt(0), steps, cues);
    }

    private static int min(JsonNode prescription, String field, int fallback) {
        Integer value = minOrNull(prescription, field);
        return value == null ? fallback : value;
    }

    private static Integer minOrNull(JsonNode prescription, String field) {
        JsonNode min = prescription.path(field).path("min");
        return min.isNumber() && min.asInt() > 0 ? min.asInt() : null;
    }
}
