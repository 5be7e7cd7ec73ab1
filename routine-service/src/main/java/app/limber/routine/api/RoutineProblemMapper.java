package app.limber.routine.api;

import app.limber.platform.problem.Problem;
import app.limber.platform.problem.ProblemException;
import app.limber.routine.domain.RoutineException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The routine service's own refusals as problem documents. */
public class RoutineProblemMapper {

    @ServerExceptionMapper
    public Response refused(RoutineException exception) {
        Problem problem = switch (exception.reason()) {
            case INVALID -> Problem.invalid(errors(exception));
            case NOT_FOUND -> about(Response.Status.NOT_FOUND, exception);
            case FORBIDDEN -> about(Response.Status.FORBIDDEN, exception);
            case CONFLICT -> about(Response.Status.CONFLICT, exception);
            case GONE -> about(Response.Status.GONE, exception);
            case KEY_REUSED, COMPOSITION_IMPOSSIBLE -> ProblemException.unprocessable(exception.getMessage()).problem();
            case UNAVAILABLE -> Problem.of(Response.Status.SERVICE_UNAVAILABLE, exception.getMessage());
        };
        return problem.toResponse();
    }

    /** The problem of this status, with errors[] when the refusal names the field it is about. */
    private static Problem about(Response.Status status, RoutineException exception) {
        Problem plain = Problem.of(status, exception.getMessage());
        List<Problem.FieldError> errors = errors(exception);
        return errors.isEmpty() ? plain
                : new Problem(plain.type(), plain.title(), plain.status(), plain.detail(), errors);
    }

    private static List<Problem.FieldError> errors(RoutineException exception) {
        return exception.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
    }
}
