package app.limber.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for an unknown path, 405, 406, 415, ...: the framework's own answers as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final JsonInputMapper json = new JsonInputMapper();

    @Override
    public Response toResponse(WebApplicationException exception) {
        // Quarkus wraps a body that is not JSON into a bare 400; say what is wrong with it
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return json.toResponse(unreadable);
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder answer = Response.fromResponse(Problem.of(status, detail(status.getStatusCode())).toResponse());
        // keep what the framework meant to say besides the body, e.g. Allow on a 405
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No resource here.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "The resource cannot answer in the requested media type.";
            case 415 -> "Send the body as application/json.";
            default -> null;
        };
    }
}
