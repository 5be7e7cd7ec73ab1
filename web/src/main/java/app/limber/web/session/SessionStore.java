package app.limber.web.session;

import app.limber.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in this process's memory: a restart signs everybody out, which a page of sign-in buttons (or the
 * provider's single sign-on) makes cheap. Several web instances would need a shared store or sticky sessions.
 */
@ApplicationScoped
public class SessionStore {

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final WebConfig config;
    private final Clock clock;

    public SessionStore(WebConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /** A session for the user, lasting until the token or the configured lifetime ends, whichever is first. */
    public WebSession open(String userId, List<String> roles, String bearerToken, Instant tokenExpiresAt) {
        Instant now = clock.instant();
        Instant limit = now.plus(config.sessionLifetime());
        WebSession session = new WebSession(CsrfTokens.newToken(), userId, List.copyOf(roles), bearerToken,
                CsrfTokens.newToken(), tokenExpiresAt.isBefore(limit) ? tokenExpiresAt : limit);
        sessions.values().removeIf(existing -> existing.expired(now));
        sessions.put(session.id(), session);
        return session;
    }

    public Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expired(clock.instant())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }
}
