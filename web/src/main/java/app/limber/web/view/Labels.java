package app.limber.web.view;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People read labels, services send slugs: {@code {area.label}} shows the catalog taxonomy's label for a slug, or
 * the slug made readable while the taxonomy has not been read.
 */
public final class Labels {

    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private Labels() {
    }

    public static void learn(String slug, String label) {
        if (slug != null && label != null) {
            KNOWN.put(slug, label);
        }
    }

    public static boolean empty() {
        return KNOWN.isEmpty();
    }

    @TemplateExtension
    public static String label(String slug) {
        if (slug == null || slug.isEmpty()) {
            return "";
        }
        String known = KNOWN.get(slug);
        if (known != null) {
            return known;
        }
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
