package app.limber.web.session;

import java.time.Instant;
import java.util.List;

/**
 * A signed-in person as the web process keeps them: the bearer token the services accept stays here, in
 * memory, and the browser holds only the session id.
 */
public record WebSession(String id, String userId, List<String> roles, String bearerToken, String csrfToken,
                         Instant expiresAt) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The role whose pages the person lands on: the first of athlete, coach, analyst, admin they have. */
    public String primaryRole() {
        for (String role : List.of("athlete", "coach", "analyst", "admin")) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return roles.isEmpty() ? "none" : roles.get(0);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
