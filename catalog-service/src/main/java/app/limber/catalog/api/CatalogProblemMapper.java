package app.limber.catalog.api;

import app.limber.catalog.domain.InvalidExerciseException;
import app.limber.catalog.service.CatalogException;
import app.limber.platform.problem.JsonInputMapper;
import app.limber.platform.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

    /**
     * Quarkus maps a JSON value of the wrong type with a built-in mapper of its own (plain JSON, not a
     * problem document), which beats the shared mapper's more general type; this one is as specific.
     */
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException exception) {
        return new JsonInputMapper().toResponse(exception);
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
