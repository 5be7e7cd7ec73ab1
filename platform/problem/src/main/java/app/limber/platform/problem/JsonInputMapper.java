package app.limber.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A body that is not JSON, or JSON of the wrong shape: a 400 naming where, never Jackson's internals. */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return Problem.invalid(List.of(new Problem.FieldError(field, message(mapping)))).toResponse();
        }
        return Problem.invalid(List.of(new Problem.FieldError("body", "is not valid JSON" + where(exception)))).toResponse();
    }

    /** Where the parser gave up, as an editor shows it; nothing when it cannot tell. */
    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** What the field takes, in words rather than Java's type names. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "the type this field takes";
        }
        if (type.isEnum()) {
            return "one of the allowed values";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-01-31";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a timestamp like 2026-01-31T08:00:00Z";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "a time zone like Europe/Berlin";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        return "the type this field takes";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "cannot be read as " + expected(invalid.getTargetType()) + ": " + invalid.getValue();
        }
        return "has the wrong type or format";
    }
}
