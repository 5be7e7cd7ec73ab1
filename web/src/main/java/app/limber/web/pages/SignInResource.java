package app.limber.web.pages;

import app.limber.web.session.CsrfTokens;
import app.limber.web.session.DevSignIn;
import app.limber.web.session.ForbiddenException;
import app.limber.web.session.SessionStore;
import app.limber.web.session.Visitor;
import app.limber.web.session.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Signing in and out. On a local stack a page of demo users (and any user id) signs a token with the stack's dev
 * key; elsewhere {@code /signin/oidc} runs the OIDC authorization code flow with PKCE (quarkus-oidc) and keeps the
 * provider's access token in the session. Either way the browser gets only an opaque session id.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    /** Binds the sign-in form to the browser that loaded it, before any session exists (login CSRF). */
    static final String SIGN_IN_COOKIE = "limber_signin";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Visitor visitor;
    @Inject
    SessionStore sessions;
    @Inject
    DevSignIn devSignIn;
    @Inject
    HttpHeaders headers;
    @Inject
    Instance<AccessTokenCredential> accessToken;
    @Inject
    @Location("signin.html")
    Template signin;
    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean oidc;
    @ConfigProperty(name = "limber.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    @GET
    public Response home() {
        return visitor.current(headers)
                .map(session -> Response.seeOther(URI.create(landing(session))).build())
                .orElseGet(() -> Response.seeOther(URI.create("/signin")).build());
    }

    @GET
    @Path("signin")
    public Response signInPage() {
        String token = CsrfTokens.newToken();
        String page = signin.data("chrome", Chrome.anonymous()).data("devSignIn", devSignIn.enabled()).data("oidc", oidc)
                .data("csrf", token).data("demoUsers", DevSignIn.DEMO_USERS).data("roles", DevSignIn.ROLES).render();
        NewCookie cookie = new NewCookie.Builder(SIGN_IN_COOKIE).value(token).path("/signin").httpOnly(true)
                .secure(secureCookies).sameSite(NewCookie.SameSite.STRICT).maxAge(3600).build();
        return Response.ok(page).cookie(cookie).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("signin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm("_csrf") String csrf, @RestForm String userId, @RestForm String role) {
        if (!devSignIn.enabled()) {
            throw new NotFoundException();
        }
        Cookie bound = headers.getCookies().get(SIGN_IN_COOKIE);
        if (!CsrfTokens.matches(bound == null ? null : bound.getValue(), csrf)) {
            throw new ForbiddenException("The sign-in form was not sent from this site's page. Reload it and try again.");
        }
        if (userId == null || !userId.matches("[A-Za-z0-9._@-]{1,100}") || !DevSignIn.ROLES.contains(role)) {
            throw new ForbiddenException("A user id (letters, digits, . _ @ -) and one of the roles "
                    + String.join(", ", DevSignIn.ROLES) + " are needed.");
        }
        DevSignIn.SignedToken token = devSignIn.sign(userId, role);
        WebSession session = sessions.open(userId, List.of(role), token.token(), token.expiresAt());
        return Response.seeOther(URI.create(landing(session))).cookie(visitor.sessionCookie(session)).build();
    }

    /** quarkus-oidc sends the browser to the provider first and back here with a verified access token. */
    @GET
    @Path("signin/oidc")
    @Authenticated
    public Response signedInWithProvider() {
        if (!oidc) {
            throw new NotFoundException();
        }
        String token = accessToken.get().getToken();
        JsonNode claims = claims(token);
        List<String> roles = new ArrayList<>();
        claims.path("groups").forEach(group -> roles.add(group.asText()));
        WebSession session = sessions.open(claims.path("sub").asText(), roles, token,
                Instant.ofEpochSecond(claims.path("exp").asLong(Instant.now().plusSeconds(300).getEpochSecond())));
        return Response.seeOther(URI.create(landing(session))).cookie(visitor.sessionCookie(session)).build();
    }

    @POST
    @Path("signout")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@RestForm("_csrf") String csrf) {
        WebSession session = visitor.requireForm(headers, csrf);
        sessions.close(session.id());
        return Response.seeOther(URI.create("/signin")).cookie(visitor.expiredCookie()).build();
    }

    static String landing(WebSession session) {
        return switch (session.primaryRole()) {
            case "athlete" -> "/progress";
            case "coach" -> "/coach";
            case "analyst", "admin" -> "/analytics";
            default -> "/exercises";
        };
    }

    /** The payload of a token quarkus-oidc has verified already. */
    private static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new ForbiddenException("The provider's access token is not a JWT; configure it to issue JWT access tokens.");
        }
    }
}
