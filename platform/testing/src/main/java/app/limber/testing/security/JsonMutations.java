package app.limber.testing.security;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Edits of a valid request body at one place, addressed by JSON Pointer: the building blocks of fuzz cases
 * that are valid everywhere but at one field, so that the answer shows how that field is checked.
 */
public final class JsonMutations {

    /** One way to spoil a body at a pointer. */
    public enum Kind { REPLACE, REMOVE, ADD_FIELD }

    private JsonMutations() {
    }

    /** Every node below the root, as JSON Pointers ({@code /items/0/exerciseSlug}), parents before children. */
    public static List<String> pointers(JsonNode template) {
        List<String> pointers = new ArrayList<>();
        collect(template, "", pointers);
        return List.copyOf(pointers);
    }

    /** The root ({@code ""}) and every object below it: where an unknown field can be added. */
    public static List<String> objectPointers(JsonNode template) {
        List<String> objects = new ArrayList<>();
        objects.add("");
        for (String pointer : pointers(template)) {
            if (template.at(pointer).isObject()) {
                objects.add(pointer);
            }
        }
        return List.copyOf(objects);
    }

    /**
     * A copy of {@code template} with the node at {@code pointer} replaced by {@code value} ({@link Kind#REPLACE}),
     * removed ({@link Kind#REMOVE}), or, when it is an object, given an extra field {@code fieldName: value}
     * ({@link Kind#ADD_FIELD}; for a pointer that is not an object, the field goes to the root).
     */
    public static JsonNode apply(JsonNode template, Kind kind, String pointer, String fieldName, JsonNode value) {
        JsonNode copy = template.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        switch (kind) {
            case REPLACE -> set(copy, at, value);
            case REMOVE -> remove(copy, at);
            case ADD_FIELD -> {
                JsonNode target = copy.at(at);
                ((ObjectNode) (target.isObject() ? target : copy)).set(fieldName, value);
            }
        }
        return copy;
    }

    private static void collect(JsonNode node, String prefix, List<String> pointers) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String pointer = prefix + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                pointers.add(pointer);
                collect(field.getValue(), pointer, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String pointer = prefix + "/" + i;
                pointers.add(pointer);
                collect(node.get(i), pointer, pointers);
            }
        }
    }

    private static void set(JsonNode root, JsonPointer at, JsonNode value) {
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
        }
    }

    private static void remove(JsonNode root, JsonPointer at) {
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.remove(at.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode array) {
            array.remove(at.last().getMatchingIndex());
        }
    }
}
