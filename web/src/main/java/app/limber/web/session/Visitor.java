package app.limber.web.session;

import app.limber.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who is asking: the session named by the request's cookie. Pages call {@link #require} with the roles they are
 * for, forms call {@link #requireForm} with the CSRF token they carried.
 */
@ApplicationScoped
public class Visitor {

    public static final String COOKIE = "limber_session";

    private final SessionStore sessions;
    private final WebConfig config;

    public Visitor(SessionStore sessions, WebConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    public Optional<WebSession> current(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return sessions.find(cookie == null ? null : cookie.getValue());
    }

    /** The session, if its person has one of the roles (any role when none is given). */
    public WebSession require(HttpHeaders headers, String... roles) {
        WebSession session = current(headers).orElseThrow(SignInRequiredException::new);
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(session::hasRole)) {
            throw new ForbiddenException("This page is for " + String.join(" or ", roles) + "; you are signed in as "
                    + String.join(", ", session.roles()) + ".");
        }
        return session;
    }

    /** As {@link #require}, for a submitted form, which must carry the session's CSRF token. */
    public WebSession requireForm(HttpHeaders headers, String csrfToken, String... roles) {
        WebSession session = require(headers, roles);
        if (!CsrfTokens.matches(session.csrfToken(), csrfToken)) {
            throw new ForbiddenException("The form was not sent from this site's page (its security token is missing or stale). "
                    + "Reload the page and send it again.");
        }
        return session;
    }

    public NewCookie sessionCookie(WebSession session) {
        return cookie(session.id(), (int) java.time.Duration.between(java.time.Instant.now(), session.expiresAt()).toSeconds());
    }

    public NewCookie expiredCookie() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}
