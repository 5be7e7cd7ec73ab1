package app.limber.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as problem documents, so that clients parse every error the same way. */
public class SecurityProblemMapper {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException exception) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "A valid bearer token is required.").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException exception) {
        return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this operation.").toResponse();
    }
}
