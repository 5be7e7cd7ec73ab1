package app.limber.routine.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;

/**
 * What to do per set. A range is absent (never null in JSON) when it does not apply; {@code perSide}
 * means the numbers apply to each side, one side after the other.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prescription(@Valid Range sets, @Valid Range reps, @Valid Range holdSeconds,
                           @Valid Range durationSeconds, Boolean perSide) {

    @JsonIgnore
    public boolean appliesPerSide() {
        return Boolean.TRUE.equals(perSide);
    }

    /** The first range whose min exceeds its max, by field name, or null. */
    @JsonIgnore
    public String firstUnorderedRange() {
        if (sets != null && !sets.hasMinAtMostMax()) {
            return "sets";
        }
        if (reps != null && !reps.hasMinAtMostMax()) {
            return "reps";
        }
        if (holdSeconds != null && !holdSeconds.hasMinAtMostMax()) {
            return "holdSeconds";
        }
        if (durationSeconds != null && !durationSeconds.hasMinAtMostMax()) {
            return "durationSeconds";
        }
        return null;
    }
}
