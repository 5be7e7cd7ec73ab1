package app.limber.routine.api;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking: the JWT subject (null when anonymous) and whether they are an admin. */
public record Caller(String userId, boolean admin) {

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(null, false);
        }
        return new Caller(identity.getPrincipal().getName(), identity.hasRole("admin"));
    }
}
