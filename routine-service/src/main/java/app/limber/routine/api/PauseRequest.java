package app.limber.routine.api;

import app.limber.routine.domain.PauseInput;
import app.limber.routine.domain.PauseRules;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A pause of a plan, e.g. for an injury or a trip. */
public record PauseRequest(
        @Schema(description = "First paused day in the plan's time zone. " + PauseRules.RULE) @NotNull LocalDate startsOn,
        @Schema(description = "Last paused day (inclusive)") @NotNull LocalDate endsOn) {

    PauseInput toInput() {
        return new PauseInput(startsOn, endsOn);
    }
}
