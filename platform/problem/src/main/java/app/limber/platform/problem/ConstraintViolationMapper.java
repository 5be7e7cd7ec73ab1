package app.limber.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on resource parameters and bodies. The property path is turned into the
 * name the client used: {@code create.body.steps[0]} becomes {@code steps[0]}, a query parameter
 * stays its own name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(clientPath(v), message(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid(errors).toResponse();
    }

    /** A bound of a whole number is told with both bounds, as a value of the wrong kind is. */
    private static String message(ConstraintViolation<?> violation) {
        Object bound = violation.getConstraintDescriptor().getAnnotation();
        if ((bound instanceof Min || bound instanceof Max) && violation.getLeafBean() != null) {
            String property = null;
            for (Path.Node node : violation.getPropertyPath()) {
                property = node.getName();
            }
            return IntegerBounds.message(violation.getLeafBean().getClass(), property).orElse(violation.getMessage());
        }
        return violation.getMessage();
    }

    static String clientPath(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // an element of a list or map: its index belongs to the node before it
            if (node.isInIterable() && !parts.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter == null ? "body" : parameter;
    }
}
