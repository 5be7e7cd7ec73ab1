package app.limber.routine.api;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking: the JWT subject (null when anonymous) and whether they are an admin. */
public record Caller(String userId, boolean admin) {

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(null, false);
        }
        // the user id is the token's sub, whatever name (upn, preferred_username) the principal carries
        String userId = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        return new Caller(userId, identity.hasRole("admin"));
    }
}
