package app.limber.routine.api;

import app.limber.routine.persistence.PlanPause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record PauseView(UUID id,
                        @Schema(description = "First paused day, in the plan's time zone") LocalDate startsOn,
                        @Schema(description = "Last paused day (inclusive) as asked for") LocalDate endsOn,
                        @Schema(description = "When resumed early: the first day the plan is active again (the pause "
                                + "then covers startsOn to the day before; resumedOn = startsOn cancelled it); null otherwise")
                        LocalDate resumedOn,
                        @Schema(description = "The user id of whoever paused it: the plan's user or their coach") String pausedBy,
                        Instant createdAt) {

    static PauseView of(PlanPause pause) {
        return new PauseView(pause.id, pause.startsOn, pause.endsOn, pause.resumedOn, pause.pausedBy, pause.createdAt);
    }
}
