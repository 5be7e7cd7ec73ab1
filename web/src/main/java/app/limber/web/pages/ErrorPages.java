package app.limber.web.pages;

import app.limber.web.client.ServiceException;
import app.limber.web.client.ServiceUnavailableException;
import app.limber.web.session.ForbiddenException;
import app.limber.web.session.SignInRequiredException;
import app.limber.web.session.Visitor;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/** Every failure as a page a person can act on, never a stack trace. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Visitor visitor;
    @Inject
    HttpHeaders headers;
    @Inject
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response signIn(SignInRequiredException e) {
        return Response.seeOther(URI.create("/signin")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "Not allowed", List.of(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response service(ServiceException e) {
        if (e.status() == 401) {
            // the token expired or the key changed: a fresh sign-in gets a new one
            return Response.seeOther(URI.create("/signin")).cookie(visitor.expiredCookie()).build();
        }
        if (e.status() >= 500) {
            LOG.warn(e.getMessage());
            return page(502, "A service failed", List.of("A Limber service could not answer. Try again in a moment."));
        }
        String title = switch (e.status()) {
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409, 410 -> "Not possible now";
            default -> "Please check what you entered";
        };
        return page(e.status() == 400 || e.status() == 422 ? 400 : e.status(), title, e.messages());
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e) {
        LOG.warn(e.getMessage());
        return page(503, "A service is not reachable", List.of("A Limber service is not reachable. Try again in a moment."));
    }

    @ServerExceptionMapper
    public Response http(jakarta.ws.rs.WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return page(status, status == 404 ? "Not found" : "Not possible",
                List.of(status == 404 ? "There is no such page." : "The request could not be handled (" + status + ")."));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("a page failed", e);
        return page(500, "Something went wrong", List.of("The page could not be shown. Try again; if it keeps failing, tell us."));
    }

    private Response page(int status, String title, List<String> messages) {
        Chrome chrome = visitor.current(headers).map(session -> Chrome.of(session, "")).orElse(Chrome.anonymous());
        String html = error.data("chrome", chrome).data("title", title).data("messages", messages).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
