package app.limber.progress.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one JSON object field by field with the rules of the v1 schemas (common.v1 definitions), so that a
 * record breaking its contract is rejected by name instead of corrupting statistics. Unknown fields are
 * never looked at.
 */
final class JsonFields {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ZONE_TEXT = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidEvent(path + ": must be an object");
        }
        this.node = node;
        this.path = path;
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new InvalidEvent(at(field) + ": is required");
        }
        return value;
    }

    private String at(String field) {
        return path + "." + field;
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw new InvalidEvent(at(field) + ": must be a string");
        }
        return value.textValue();
    }

    String nonEmptyText(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            throw new InvalidEvent(at(field) + ": must not be empty");
        }
        return value;
    }

    /** An optional field: absent or null gives null, anything else must be a non-empty string. */
    String nonEmptyTextOrNull(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : nonEmptyText(field);
    }

    UUID uuid(String field) {
        return parseUuid(field, text(field));
    }

    UUID uuidOrNull(String field) {
        return required(field).isNull() ? null : uuid(field);
    }

    private UUID parseUuid(String field, String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new InvalidEvent(at(field) + ": must be a UUID");
        }
        return UUID.fromString(text);
    }

    Instant instant(String field) {
        try {
            return OffsetDateTime.parse(text(field)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEvent(at(field) + ": must be a date-time with an offset");
        }
    }

    LocalDate date(String field) {
        try {
            return LocalDate.parse(text(field));
        } catch (DateTimeParseException e) {
            throw new InvalidEvent(at(field) + ": must be a date (yyyy-MM-dd)");
        }
    }

    LocalDate dateOrNull(String field) {
        return required(field).isNull() ? null : date(field);
    }

    ZoneId zone(String field) {
        String text = text(field);
        if (!ZONE_TEXT.matcher(text).matches()) {
            throw new InvalidEvent(at(field) + ": must be an IANA time zone id");
        }
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            throw new InvalidEvent(at(field) + ": unknown time zone " + text);
        }
    }

    int integer(String field, int min, int max) {
        JsonNode value = required(field);
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw new InvalidEvent(at(field) + ": must be an integer");
        }
        int number = value.intValue();
        if (number < min || number > max) {
            throw new InvalidEvent(at(field) + ": must be " + min + ".." + max + ", was " + number);
        }
        return number;
    }

    int count(String field) {
        return integer(field, 0, Integer.MAX_VALUE);
    }

    Integer integerOrNull(String field, int min, int max) {
        return required(field).isNull() ? null : integer(field, min, max);
    }

    /** An optional field: absent or null gives null. */
    Integer optionalInteger(String field, int min, int max) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : integer(field, min, max);
    }

    boolean bool(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw new InvalidEvent(at(field) + ": must be true or false");
        }
        return value.booleanValue();
    }

    String oneOf(String field, Set<String> allowed) {
        String value = text(field);
        if (!allowed.contains(value)) {
            throw new InvalidEvent(at(field) + ": must be one of " + allowed.stream().sorted().toList());
        }
        return value;
    }

    String slug(String field) {
        String value = text(field);
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidEvent(at(field) + ": must be a slug");
        }
        return value;
    }

    /** A non-empty array of distinct values, each one of {@code allowed}. */
    List<String> distinctValues(String field, Set<String> allowed) {
        JsonNode value = required(field);
        if (!value.isArray() || value.isEmpty()) {
            throw new InvalidEvent(at(field) + ": must be a non-empty array");
        }
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || !allowed.contains(item.textValue())) {
                throw new InvalidEvent(at(field) + "[" + i + "]: must be one of " + allowed.stream().sorted().toList());
            }
            if (!seen.add(item.textValue())) {
                throw new InvalidEvent(at(field) + "[" + i + "]: duplicate " + item.textValue());
            }
            values.add(item.textValue());
        }
        return values;
    }

    /** A nested object. */
    JsonFields object(String field) {
        return new JsonFields(required(field), at(field));
    }

    /** An optional nested object: absent or null gives null. */
    JsonFields optionalObject(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : new JsonFields(value, at(field));
    }

    /** The objects of a non-empty array. */
    List<JsonFields> objects(String field) {
        JsonNode value = required(field);
        if (!value.isArray() || value.isEmpty()) {
            throw new InvalidEvent(at(field) + ": must be a non-empty array");
        }
        List<JsonFields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonFields(value.get(i), at(field) + "[" + i + "]"));
        }
        return items;
    }
}
