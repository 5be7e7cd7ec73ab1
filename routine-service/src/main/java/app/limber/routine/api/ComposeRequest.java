package app.limber.routine.api;

import app.limber.routine.domain.CompositionRequest;
import app.limber.routine.domain.Purpose;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What to compose a routine for. */
public record ComposeRequest(
        @Schema(enumeration = {"warm-up", "cooldown", "strength", "recovery", "mobility"}) @NotNull String purpose,
        @NotNull @Min(1) @Max(120) Integer minutes,
        @Schema(description = "Equipment at hand (vocabulary terms); moves needing none are always allowed")
        @Size(max = 7) List<String> equipment,
        @Schema(description = "Target areas every one of which some move must work (vocabulary terms)")
        @Size(max = 13) List<String> targets) {

    CompositionRequest toRequest() {
        return CompositionRequest.checked(Purpose.read("purpose", purpose), minutes, equipment, targets);
    }
}
