package app.limber.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A body that is not JSON, or JSON of the wrong shape: a 400 naming where, never Jackson's internals. */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    static final String BODY = "body";

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof MismatchedInputException mismatched) {
            String field = mismatched.getPath().isEmpty() ? BODY : path(mismatched);
            String message = mismatched instanceof PropertyBindingException ? Messages.UNKNOWN_FIELD
                    : expected(mismatched);
            return Problem.invalid(List.of(new Problem.FieldError(field, message))).toResponse();
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problem.invalid(List.of(new Problem.FieldError(path(mapping), Messages.WRONG_KIND))).toResponse();
        }
        return Problem.invalid(List.of(new Problem.FieldError(BODY, Messages.NOT_JSON + where(exception)))).toResponse();
    }

    /** Where the parser gave up, as an editor shows it; nothing when it cannot tell. */
    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String expected(MismatchedInputException mismatched) {
        String expected = expected(mismatched.getTargetType());
        if (!expected.equals(Messages.WHOLE_NUMBER) || mismatched.getPath().isEmpty()) {
            return expected;
        }
        JsonMappingException.Reference field = mismatched.getPath().get(mismatched.getPath().size() - 1);
        Object from = field.getFrom();
        Class<?> owner = from instanceof Class<?> type ? type : from == null ? null : from.getClass();
        return IntegerBounds.message(owner, field.getFieldName()).orElse(expected);
    }

    /** What the field takes, in the words every service uses (see {@link Messages}), never Java's type names. */
    static String expected(Class<?> type) {
        if (type == null) {
            return Messages.WRONG_KIND;
        }
        if (type == Object.class) {
            return Messages.WRONG_KIND;
        }
        if (type.isEnum()) {
            return Messages.ALLOWED_VALUE;
        }
        if (type == UUID.class) {
            return Messages.UUID;
        }
        if (type == LocalDate.class) {
            return Messages.DATE;
        }
        if (type == LocalTime.class) {
            return Messages.TIME;
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return Messages.INSTANT;
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return Messages.TIME_ZONE;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Messages.BOOLEAN;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return Messages.WHOLE_NUMBER;
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Messages.NUMBER;
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return Messages.TEXT;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Messages.LIST;
        }
        return Messages.OBJECT;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

}
