package app.limber.catalog.api;

import app.limber.catalog.domain.InvalidExerciseException;
import app.limber.catalog.service.CatalogException;
import app.limber.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The catalog's own refusals as problem documents. */
public class CatalogProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidExerciseException exception) {
        return Problem.invalid(exception.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message()))
                .toList()).toResponse();
    }

    @ServerExceptionMapper
    public Response refused(CatalogException exception) {
        Response.Status status = switch (exception.reason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case SLUG_TAKEN, RETIRED -> Response.Status.CONFLICT;
            case STALE_VERSION -> Response.Status.PRECONDITION_FAILED;
        };
        return Problem.of(status, exception.getMessage()).toResponse();
    }
}
