package app.limber.catalog.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** Exercise slugs: what URLs, events and routines refer to an exercise by, so kept plain and short. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    /** What is wrong with {@code slug}, if anything. */
    public static Optional<String> problem(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.of("is required");
        }
        if (slug.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (!FORMAT.matcher(slug).matches()) {
            return Optional.of("must be lower-case letters and digits in words joined by single hyphens, e.g. half-pigeon");
        }
        return Optional.empty();
    }

    public static boolean isValid(String slug) {
        return problem(slug).isEmpty();
    }
}
