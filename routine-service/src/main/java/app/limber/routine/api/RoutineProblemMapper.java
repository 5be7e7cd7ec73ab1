package app.limber.routine.api;

import app.limber.platform.problem.Problem;
import app.limber.platform.problem.ProblemException;
import app.limber.routine.domain.RoutineException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The routine service's own refusals as problem documents. */
public class RoutineProblemMapper {

    @ServerExceptionMapper
    public Response refused(RoutineException exception) {
        Problem problem = switch (exception.reason()) {
            case INVALID -> Problem.invalid(exception.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message()))
                    .toList());
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, exception.getMessage());
            case FORBIDDEN -> Problem.of(Response.Status.FORBIDDEN, exception.getMessage());
            case KEY_REUSED, COMPOSITION_IMPOSSIBLE -> ProblemException.unprocessable(exception.getMessage()).problem();
        };
        return problem.toResponse();
    }
}
