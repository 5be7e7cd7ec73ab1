package app.limber.platform.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A value of the wrong format (a malformed UUID, date or instant) is a {@link MismatchedInputException},
 * for which Quarkus registers its own, more specific mapper answering plain JSON; this one answers the
 * same problem document as every other bad body.
 */
@Provider
public class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {

    private final JsonInputMapper problems = new JsonInputMapper();

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return problems.toResponse(exception);
    }
}
