package app.limber.catalog.api;

import app.limber.platform.problem.ProblemException;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise entity tags: the version in quotes, e.g. {@code "3"}. Strong, because a version names
 * exactly one representation of the exercise; every change, retirement included, makes a new one.
 */
final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private EntityTags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** If-None-Match (weak comparison, RFC 9110 13.1.2): whether the client already has this version. */
    static boolean noneMatchHits(String header, int version) {
        if (header == null || header.isBlank()) {
            return false;
        }
        if (header.strip().equals("*")) {
            return true;
        }
        return tags(header, "If-None-Match").stream().anyMatch(t -> t.value().equals(Integer.toString(version)));
    }

    /**
     * If-Match (strong comparison, RFC 9110 13.1.1) as a test of the current version; empty when the
     * client sent none.
     */
    static Optional<IntPredicate> ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        if (header.strip().equals("*")) {
            return Optional.of(version -> true);
        }
        List<Tag> tags = tags(header, "If-Match");
        return Optional.of(version -> tags.stream().anyMatch(t -> !t.weak() && t.value().equals(Integer.toString(version))));
    }

    /**
     * The answer to an edit without If-Match, which PUT requires so that an edit never silently
     * overwrites one the editor has not seen. It names the current version, so the client learns
     * which ETag to send once it has checked that its edit is based on that version.
     */
    static ProblemException required(String slug, int currentVersion) {
        return ProblemException.of(Response.Status.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the version "
                + "your edit is based on; " + slug + " is at version " + currentVersion + ", so If-Match: "
                + of(currentVersion) + " if you edited that one.");
    }

    private record Tag(boolean weak, String value) {
    }

    private static List<Tag> tags(String header, String name) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(header);
        int at = 0;
        while (at < header.length()) {
            if (!m.find(at) || m.start() != at) {
                throw ProblemException.badField(name, "must be a list of entity tags such as \"3\"");
            }
            tags.add(new Tag(m.group(1) != null, m.group(2)));
            at = m.end();
        }
        return tags;
    }
}
