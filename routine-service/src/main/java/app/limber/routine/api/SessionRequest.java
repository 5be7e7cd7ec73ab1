package app.limber.routine.api;

import app.limber.routine.domain.SessionInput;
import app.limber.routine.domain.Vocabulary;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A completed session. Back-dated sessions are fine. */
public record SessionRequest(
        @NotNull UUID routineId,
        @Schema(description = "One of the caller's plans this session counts toward") UUID planId,
        @NotNull Instant startedAt,
        @Schema(description = "At most 5 minutes in the future, not before startedAt, at most 12 h after it")
        @NotNull Instant completedAt,
        @Schema(description = "IANA zone id; completedAt's date there is the day the session counts for") @NotBlank String timeZone,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid ExerciseResult> exercises,
        @Schema(description = "Perceived effort 1 (very easy) to 10 (maximal)") @Min(1) @Max(10) Integer effort,
        // left out of the Idempotency-Key fingerprint when absent, so requests without it keep the fingerprint
        // they had before the field existed
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Pain during or after the session, 0 (none) to 10 (worst imaginable)") @Min(0) @Max(10) Integer discomfort) {

    SessionInput toInput() {
        return new SessionInput(routineId, planId, startedAt, completedAt, timeZone,
                exercises.stream().map(e -> new SessionInput.ExerciseResult(e.exerciseSlug(), e.side(), e.setsDone(),
                        e.repsDone(), e.holdSeconds(), e.completed())).toList(),
                effort, discomfort);
    }

    public record ExerciseResult(
            @Schema(description = "An exercise the catalog read model knows")
            @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be an exercise slug") String exerciseSlug,
            @NotNull @Pattern(regexp = Vocabulary.SIDE_PATTERN, message = "must be both, left, right or none") String side,
            @Min(0) @Max(100) Integer setsDone,
            @Schema(description = "Reps per set; 0 or absent when not counted in reps") @Min(0) @Max(1000) Integer repsDone,
            @Schema(description = "Hold per set; 0 or absent when not held") @Min(0) @Max(3600) Integer holdSeconds,
            @Schema(description = "Default true") Boolean completed) {
    }
}
