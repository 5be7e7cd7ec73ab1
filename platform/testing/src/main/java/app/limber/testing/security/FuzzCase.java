package app.limber.testing.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request: method, an already encoded path with its query, headers, and a body sent as
 * {@code contentType} (null: no Content-Type header; a null body sends none).
 */
public record FuzzCase(String label, String method, String path, Map<String, String> headers, String contentType,
                       byte[] body) {

    public static FuzzCase json(String label, String method, String path, String json) {
        return new FuzzCase(label, method, path, Map.of(), "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    public static FuzzCase raw(String method, String path, NonJsonBodies.Body body) {
        return new FuzzCase(body.label(), method, path, Map.of(), body.contentType(), body.bytes());
    }

    public static FuzzCase bodiless(String label, String method, String path) {
        return new FuzzCase(label, method, path, Map.of(), null, null);
    }

    public FuzzCase withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FuzzCase(label, method, path, Map.copyOf(more), contentType, body);
    }

    /** The request as it can be replayed by hand (body shortened). */
    public String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.length() > 400) {
            text = text.substring(0, 400) + "…(" + body.length + " bytes)";
        }
        String shownPath = path.length() > 200 ? path.substring(0, 200) + "…(" + path.length() + " characters)" : path;
        String shownLabel = label.length() > 200 ? label.substring(0, 200) + "…" : label;
        return method + " " + shownPath + " " + headers + (contentType == null ? "" : " [" + contentType + "]") + " " + text
                + "  (" + shownLabel + ")";
    }
}
