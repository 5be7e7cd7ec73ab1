package app.limber.routine.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An inclusive range such as 10-15 reps; a fixed amount has {@code min == max}. */
public record Range(@NotNull @Min(0) @Max(3600) Integer min, @NotNull @Min(0) @Max(3600) Integer max) {

    public static Range of(int min, int max) {
        return new Range(min, max);
    }

    public static Range exactly(int value) {
        return new Range(value, value);
    }

    @JsonIgnore
    public boolean hasMinAtMostMax() {
        return min == null || max == null || min <= max;
    }
}
