package app.limber.catalog.api;

import app.limber.platform.api.Messages;
import app.limber.platform.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * JSON of the wrong shape (a value of another kind, an unknown field) as a 400 naming the field, a JSON
 * path such as {@code prescription.sets.min}, with the message every Limber service uses for that kind
 * of mistake, so that a client never reads a Java type name.
 */
final class JsonBodyProblems {

    static final String BODY = "body";

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class, Number.class);
    private static final Map<Class<?>, String> VALUES = Map.of(boolean.class, Messages.BOOLEAN,
            Boolean.class, Messages.BOOLEAN, String.class, Messages.TEXT, LocalDate.class, Messages.DATE,
            Instant.class, Messages.INSTANT, OffsetDateTime.class, Messages.INSTANT, UUID.class, Messages.UUID,
            ZoneId.class, Messages.TIME_ZONE);

    private JsonBodyProblems() {
    }

    static Problem of(MismatchedInputException exception) {
        String field = exception.getPath().isEmpty() ? BODY : path(exception);
        String message = exception instanceof PropertyBindingException
                ? Messages.UNKNOWN_FIELD : expected(exception.getTargetType());
        return Problem.invalid(List.of(new Problem.FieldError(field, message)));
    }

    private static String path(MismatchedInputException exception) {
        return exception.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** What a value of {@code type} looks like, in the client's terms. */
    static String expected(Class<?> type) {
        if (type == null) {
            return Messages.OBJECT;
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return Messages.WHOLE_NUMBER;
        }
        if (NUMBERS.contains(type)) {
            return Messages.NUMBER;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Messages.LIST;
        }
        return VALUES.getOrDefault(type, Messages.OBJECT);
    }
}
