package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
import app.limber.web.view.Dose;
import app.limber.web.view.Labels;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exercise catalog: search with facets, and one exercise with everything needed to do it. */
@Path("/exercises")
@Produces(MediaType.TEXT_HTML)
public class CatalogPages {

    static final int PAGE_SIZE = 12;
    static final List<String> FACETS = List.of("category", "target", "equipment", "position");

    @Inject
    Visitor visitor;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("exercises.html")
    Template list;
    @Inject
    @Location("exercise.html")
    Template one;

    @GET
    public String search(@RestQuery String q, @RestQuery String category, @RestQuery String target,
                         @RestQuery String equipment, @RestQuery String position, @RestQuery Integer page) {
        WebSession session = visitor.require(headers);
        Map<String, String> chosen = new LinkedHashMap<>();
        put(chosen, "q", q);
        put(chosen, "category", category);
        put(chosen, "target", target);
        put(chosen, "equipment", equipment);
        put(chosen, "position", position);
        int pageIndex = page == null || page < 0 ? 0 : page;
        var taxonomy = services.getAsync(Service.CATALOG, "/taxonomy", null);
        var found = services.getAsync(Service.CATALOG, "/exercises?" + query(chosen) + "size=" + PAGE_SIZE + "&page=" + pageIndex, null);
        JsonNode vocabulary = ServiceClient.join(taxonomy);
        learnLabels(vocabulary);
        Map<String, Object> result = Json.map(ServiceClient.join(found));
        List<Object> items = (List<Object>) result.getOrDefault("items", List.of());
        items.forEach(item -> dose((Map<String, Object>) item));
        long total = ((Number) result.getOrDefault("total", 0)).longValue();
        String base = "/exercises?" + query(chosen);
        return list.data("chrome", Chrome.of(session, "/exercises"))
                .data("taxonomy", Json.map(vocabulary))
                .data("chosen", chosen)
                .data("q", chosen.getOrDefault("q", ""))
                .data("items", items)
                .data("total", total)
                .data("from", total == 0 ? 0 : pageIndex * PAGE_SIZE + 1)
                .data("to", Math.min(total, (long) (pageIndex + 1) * PAGE_SIZE))
                .data("previous", pageIndex > 0 ? base + "page=" + (pageIndex - 1) : null)
                .data("next", (long) (pageIndex + 1) * PAGE_SIZE < total ? base + "page=" + (pageIndex + 1) : null)
                .render();
    }

    @GET
    @Path("{slug}")
    @SuppressWarnings("unchecked")
    public String exercise(@PathParam("slug") String slug) {
        WebSession session = visitor.require(headers);
        if (Labels.empty()) {
            learnLabels(services.get(Service.CATALOG, "/taxonomy", null));
        }
        Map<String, Object> exercise = Json.map(services.get(Service.CATALOG, "/exercises/" + encode(slug), null));
        dose(exercise);
        return one.data("chrome", Chrome.of(session, "/exercises")).data("exercise", exercise).render();
    }

    @SuppressWarnings("unchecked")
    static void dose(Map<String, Object> exercise) {
        exercise.put("dose", Dose.describe((Map<String, Object>) exercise.get("prescription"), Boolean.TRUE.equals(exercise.get("perSide"))));
    }

    static void learnLabels(JsonNode taxonomy) {
        taxonomy.fields().forEachRemaining(facet -> facet.getValue()
                .forEach(term -> Labels.learn(term.path("slug").asText(), term.path("label").asText())));
    }

    private static void put(Map<String, String> chosen, String name, String value) {
        if (value != null && !value.isBlank()) {
            chosen.put(name, value.trim());
        }
    }

    /** The chosen parameters as a query string ending in '&' (or empty), ready for more. */
    static String query(Map<String, String> chosen) {
        StringBuilder query = new StringBuilder();
        chosen.forEach((name, value) -> query.append(name).append('=').append(encode(value)).append('&'));
        return query.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
