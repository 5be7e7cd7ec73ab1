package app.limber.catalog.domain;

/** One broken rule: {@code field} is the JSON path of the offending input, e.g. {@code prescription.reps}. */
public record Violation(String field, String message) {
}
