package app.limber.web.pages;

import app.limber.web.client.Service;
import app.limber.web.client.ServiceClient;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An athlete's coaches: accepting a coach's code with the scopes they choose, and ending a coach's access. */
@Path("/coaches")
@Produces(MediaType.TEXT_HTML)
public class CoachingPages {

    @Inject
    Visitor visitor;
    @Inject
    ServiceClient services;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("coaches.html")
    Template page;

    @GET
    public String coaches() {
        WebSession session = visitor.require(headers, "athlete");
        return page.data("chrome", Chrome.of(session, "/coaches"))
                .data("coaches", Json.list(services.get(Service.ROUTINE, "/me/coaches?size=100", session.bearerToken()).path("items")))
                .render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestForm("_csrf") String csrf, @RestForm String code, @RestForm List<String> scopes) {
        WebSession session = visitor.requireForm(headers, csrf, "athlete");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code == null ? "" : code.trim());
        body.put("scopes", scopes == null ? List.of() : scopes);
        services.post(Service.ROUTINE, "/me/coaches", session.bearerToken(), body, Map.of());
        return Response.seeOther(URI.create("/coaches")).build();
    }

    @POST
    @Path("{coachId}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("coachId") String coachId, @RestForm("_csrf") String csrf) {
        WebSession session = visitor.requireForm(headers, csrf, "athlete");
        services.delete(Service.ROUTINE, "/me/coaches/" + CatalogPages.encode(coachId), session.bearerToken());
        return Response.seeOther(URI.create("/coaches")).build();
    }
}
