package app.limber.routine.api;

import app.limber.routine.domain.PlanInput;
import app.limber.routine.domain.PlanValidator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record PlanRequest(
        @NotNull UUID routineId,
        @Schema(description = "Sessions per ISO week (Monday start, in timeZone)") @NotNull @Min(1) @Max(14) Integer weeklyTarget,
        @Schema(description = "IANA zone id, e.g. Europe/Berlin") @NotBlank String timeZone,
        @Schema(description = PlanValidator.START_RULE) @NotNull LocalDate startsOn,
        @Schema(description = "Last day (inclusive); absent = open-ended") LocalDate endsOn) {

    PlanInput toInput() {
        return new PlanInput(routineId, weeklyTarget, timeZone, startsOn, endsOn);
    }
}
