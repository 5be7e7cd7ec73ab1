package app.limber.testing.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * JSON values that break naive request handling: wrong types, numeric extremes, empty, huge and strange
 * strings, and text that almost parses as a date, zone, instant or UUID. Fuzz tests put them into valid bodies.
 */
public final class BoundaryValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<JsonNode> ALL = build();

    private BoundaryValues() {
    }

    public static List<JsonNode> all() {
        return ALL;
    }

    private static List<JsonNode> build() {
        ObjectNode nested = JSON.objectNode();
        nested.putObject("a").putArray("b").add(1).addObject();
        ArrayNode nullInArray = JSON.arrayNode().addNull();
        return List.of(
                JSON.nullNode(), JSON.booleanNode(true), JSON.booleanNode(false),
                JSON.arrayNode(), JSON.objectNode(), nullInArray, nested,
                JSON.numberNode(0), JSON.numberNode(-1), JSON.numberNode(1), JSON.numberNode(Integer.MAX_VALUE),
                JSON.numberNode(Integer.MIN_VALUE), JSON.numberNode(Integer.MAX_VALUE + 1L), JSON.numberNode(Long.MAX_VALUE),
                JSON.numberNode(Long.MIN_VALUE), JSON.numberNode(new BigInteger("123456789012345678901234567890")),
                JSON.numberNode(1.5), JSON.numberNode(-0.0), JSON.numberNode(Double.MAX_VALUE),
                JSON.numberNode(new BigDecimal("1e400")), JSON.numberNode(new BigDecimal("-1e-400")),
                text(""), text(" "), text("\t\n"), text("x".repeat(10_000)), text("\u0000"), text("a\u0000b"),
                text("\u001b[31mred"), text("\uFEFF"), text("\u202Eevil"), text("💪🏃‍♀️"), text("Zürich ğ 中文 عربى"),
                text("\uD800"), text("'; drop table exercise; --"), text("<script>alert(1)</script>"), text("../../etc/passwd"),
                text("%00"), text("null"), text("true"), text("0"), text("-1"), text("1e309"), text("NaN"),
                text("2026-02-30"), text("2026-13-01"), text("2026-1-1"), text("+999999999-12-31"), text("-999999999-01-01"),
                text("0000-00-00"), text("2026-11-21T25:00:00Z"), text("2026-11-21T10:00:00"), text("+1000000000-01-01T00:00:00Z"),
                text("Mars/Olympus_Mons"), text("UTC+99"), text("Europe/Berlin\u0000"), text("europe/berlin"), text("GMT+14:01"),
                text("not-a-uuid"), text("00000000-0000-0000-0000-000000000000"), text("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                text("123e4567-e89b-12d3-a456-42661417400"), text("123e4567-e89b-12d3-a456-4266141740000"),
                text("1-1-1-1-1"), text("UPPER-CASE-SLUG"), text("slug with spaces"), text("-leading-dash"));
    }

    private static JsonNode text(String value) {
        return JSON.textNode(value);
    }

    /** A value as JSON text, e.g. for a fuzz case's description. */
    public static String render(JsonNode value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            return String.valueOf(value);
        }
    }
}
