package app.limber.routine.api;

import app.limber.routine.domain.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the service layer knows them, read from the request's security identity. */
final class Callers {

    private Callers() {
    }

    static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        // the user id is the token's sub, whatever name (upn, preferred_username) the principal carries
        String userId = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        return new Caller(userId, identity.hasRole("admin"));
    }
}
