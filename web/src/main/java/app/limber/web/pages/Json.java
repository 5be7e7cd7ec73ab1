package app.limber.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/** Service answers as plain maps and lists, the shape templates read. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? Map.of() : MAPPER.convertValue(node, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : MAPPER.convertValue(node, List.class);
    }
}
