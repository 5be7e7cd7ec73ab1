package app.limber.platform.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Thrown by a service to answer with a specific problem (404, 409, 412, 422, ...). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException of(Response.Status status, String detail) {
        return new ProblemException(Problem.of(status, detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(new Problem("about:blank", "Unprocessable Content", 422, detail, null));
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(Problem.invalid(List.of(new Problem.FieldError(field, message))));
    }

    public Problem problem() {
        return problem;
    }
}
