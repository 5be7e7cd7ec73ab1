package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.session.ForbiddenException;
import app.limber.web.session.SessionStore;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Your data: what routine and progress hold about you as downloads (each service answers for its own), and
 * erasing the account, which routine starts and every service confirms.
 */
@Path("/account")
public class AccountPages {

    @Inject
    Visitor visitor;
    @Inject
    SessionStore sessions;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("account.html")
    Template page;
    @Inject
    @Location("erased.html")
    Template erased;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String account() {
        WebSession session = visitor.require(headers);
        return page.data("chrome", Chrome.of(session, "/account")).render();
    }

    @GET
    @Path("routine.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response routineExport() {
        WebSession session = visitor.require(headers);
        return download(services.getText(Service.ROUTINE, "/me/export", session.bearerToken(), "application/json"),
                MediaType.APPLICATION_JSON, "limber-routine.json");
    }

    @GET
    @Path("progress.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response progressExport() {
        WebSession session = visitor.require(headers);
        return download(services.getText(Service.PROGRESS, "/me/export", session.bearerToken(), "application/json"),
                MediaType.APPLICATION_JSON, "limber-progress.json");
    }

    @GET
    @Path("sessions.csv")
    @Produces("text/csv")
    public Response sessionsCsv() {
        WebSession session = visitor.require(headers);
        return download(services.getText(Service.ROUTINE, "/me/export/sessions.csv", session.bearerToken(), "text/csv"),
                "text/csv; charset=utf-8", "limber-sessions.csv");
    }

    /** Erasing needs the box ticked as well as the CSRF token; the session ends with the account. */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response erase(@RestForm("_csrf") String csrf, @RestForm String confirm) {
        WebSession session = visitor.requireForm(headers, csrf);
        if (!"yes".equals(confirm)) {
            throw new ForbiddenException("Tick the box to confirm that everything about you is to be erased.");
        }
        ServiceClient.Answer answer = services.delete(Service.ROUTINE, "/me", session.bearerToken());
        JsonNode status = answer.body();
        List<String> location = answer.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Location"))
                .findFirst().map(Map.Entry::getValue).orElse(List.of());
        if (!location.isEmpty()) {
            status = services.get(Service.ROUTINE, URI.create(location.get(0)).getPath(), session.bearerToken());
        }
        sessions.close(session.id());
        List<String> parts = new java.util.ArrayList<>();
        status.path("services").fields().forEachRemaining(part -> parts.add(part.getKey() + ": " + part.getValue().path("state").asText("pending")));
        String html = erased.data("chrome", Chrome.anonymous()).data("erasure", Json.map(status)).data("parts", parts).render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).cookie(visitor.expiredCookie()).build();
    }

    private static Response download(String body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
