package app.limber.catalog.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The default dose of an exercise, per set. A range that does not apply is absent ({@code null}
 * here, omitted in JSON), never zero. When {@code perSide} is true the numbers count for each side.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prescription(Range sets, Range reps, Range holdSeconds, Range durationSeconds, boolean perSide) {
}
