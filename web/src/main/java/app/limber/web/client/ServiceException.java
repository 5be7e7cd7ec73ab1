package app.limber.web.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A service answered with an error status; its problem document says why, in the user's words. */
public final class ServiceException extends RuntimeException {

    private final int status;
    private final JsonNode problem;

    public ServiceException(int status, JsonNode problem, String what) {
        super(what + " answered " + status + (problem == null ? "" : ": " + problem));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The problem's title and detail, then each field error as "field: message". */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        if (problem == null || !problem.isObject()) {
            messages.add("The service answered " + status + ".");
            return messages;
        }
        String title = problem.path("title").asText("");
        String detail = problem.path("detail").asText("");
        messages.add(detail.isEmpty() || detail.equals(title) ? title : title + ": " + detail);
        problem.path("errors").forEach(error ->
                messages.add(error.path("field").asText() + ": " + error.path("message").asText()));
        return messages;
    }
}
