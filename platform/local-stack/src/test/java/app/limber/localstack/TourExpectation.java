package app.limber.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Map;

/**
 * What a README line {@code command # => X} promises about the command's standard output: trimmed, it is X; when
 * X is JSON (it starts with <code>{</code> or {@code [}), the output is the same JSON, except that its objects may
 * have fields X leaves out (numbers compare by value, spacing does not matter).
 */
final class TourExpectation {

    /** Trailing tokens fail: several JSON values (one per line from {@code jq '.items[]'}) are not one value. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TourExpectation() {
    }

    static boolean isMet(String expected, String output) {
        String actual = output.strip();
        if (!isJson(expected)) {
            return actual.equals(expected);
        }
        JsonNode wanted = parse(expected);
        if (wanted == null) {
            throw new IllegalArgumentException("the expectation " + expected + " looks like JSON but is not");
        }
        JsonNode got = parse(actual);
        return got != null && contains(got, wanted);
    }

    private static boolean isJson(String text) {
        return text.startsWith("{") || text.startsWith("[");
    }

    private static boolean contains(JsonNode actual, JsonNode expected) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = actual.get(field.getKey());
                if (value == null || !contains(value, field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!contains(actual.get(i), expected.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber()) {
            return actual.isNumber() && actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        return actual.equals(expected);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
