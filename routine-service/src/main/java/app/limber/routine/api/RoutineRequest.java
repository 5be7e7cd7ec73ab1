package app.limber.routine.api;

import app.limber.routine.domain.Prescription;
import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.Range;
import app.limber.routine.domain.RoutineInput;
import app.limber.routine.domain.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A routine to create or replace. */
public record RoutineRequest(
        @NotBlank @Size(max = 120) @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String name,
        @Size(max = 2000) @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String description,
        @Schema(enumeration = {"warm-up", "cooldown", "strength", "recovery", "mobility"}) @NotNull String purpose,
        @Schema(description = "private (default) or public; only admins create public templates",
                enumeration = {"private", "public"}) String visibility,
        @Schema(description = "How many times the whole list is done; default 1-1, at most 10") @Valid Range rounds,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Item> items) {

    /** PostgreSQL text cannot hold U+0000. */
    static final String NO_NUL = "[^\\x00]*";

    RoutineInput toInput() {
        return new RoutineInput(name, description, Purpose.read("purpose", purpose),
                visibility == null ? null : Visibility.read("visibility", visibility), rounds,
                items.stream().map(i -> new RoutineInput.Item(i.exerciseSlug(), i.prescription(), i.restSeconds())).toList());
    }

    /** One item; {@code prescription}, when given, replaces the exercise's catalog default entirely. */
    public record Item(
            @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be an exercise slug") String exerciseSlug,
            @Valid Prescription prescription,
            @Schema(description = "Rest after each set, seconds (default 0)") @Min(0) @Max(600) Integer restSeconds) {
    }
}
