package app.limber.testing.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bodies that are not the JSON object an operation reads, each with the media type it is sent as. */
public final class NonJsonBodies {

    /** A body as sent: {@code contentType} null sends no Content-Type header. */
    public record Body(String label, String contentType, byte[] bytes) {
    }

    private static final String JSON = "application/json";

    private NonJsonBodies() {
    }

    public static List<Body> all() {
        return List.of(
                json("empty body", ""),
                json("whitespace", "  \n "),
                json("plain words", "not json at all"),
                json("truncated object", "{\"name\":"),
                json("unclosed string", "{\"name\":\"abc}"),
                json("trailing garbage", "{}xyz"),
                json("two documents", "{} {}"),
                json("single quotes", "{'name':'x'}"),
                json("comment", "{/* c */}"),
                json("JSON null", "null"),
                json("JSON array", "[]"),
                json("array of objects", "[{}, {}]"),
                json("JSON number", "42"),
                json("JSON string", "\"text\""),
                json("JSON true", "true"),
                json("NaN literal", "{\"x\": NaN}"),
                json("duplicate keys", "{\"a\":1,\"a\":2}"),
                json("deep nesting", "[".repeat(5_000) + "]".repeat(5_000)),
                json("deep objects", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)),
                json("huge number", "{\"n\":" + "9".repeat(5_000) + "}"),
                json("long key", "{\"" + "k".repeat(100_000) + "\":1}"),
                new Body("UTF-8 BOM", JSON, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}".getBytes(StandardCharsets.UTF_8))),
                new Body("invalid UTF-8", JSON, new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                new Body("binary", JSON, new byte[]{0, 1, 2, (byte) 0xFF, (byte) 0xFE}),
                new Body("XML", "application/xml", "<exercise/>".getBytes(StandardCharsets.UTF_8)),
                new Body("form", "application/x-www-form-urlencoded", "name=x&slug=y".getBytes(StandardCharsets.UTF_8)),
                new Body("text/plain JSON", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
                new Body("JSON without a content type", null, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    /** The body of {@link #all()} with this label. */
    public static Body named(String label) {
        return all().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no body labelled " + label));
    }

    private static Body json(String label, String text) {
        return new Body(label, JSON, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
