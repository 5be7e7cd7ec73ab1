package app.limber.testing.security;

import java.util.List;

/**
 * One operation of a service's OpenAPI document.
 *
 * @param method         upper-case HTTP method, e.g. {@code POST}
 * @param path           the path template, e.g. {@code /exercises/{slug}}
 * @param secured        whether the document gives it a non-empty security requirement
 * @param pathParameters the names in the template's braces, in order
 * @param takesBody      whether the document declares a request body
 */
public record ApiOperation(String method, String path, boolean secured, List<String> pathParameters, boolean takesBody) {

    /** {@code METHOD /path/{template}}: how tests and access tables name the operation. */
    public String key() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return key();
    }
}
