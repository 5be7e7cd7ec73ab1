package app.limber.routine.domain;

/** One broken rule: {@code field} is the JSON path of the offending input, e.g. {@code items[2].exerciseSlug}. */
public record Violation(String field, String message) {
}
