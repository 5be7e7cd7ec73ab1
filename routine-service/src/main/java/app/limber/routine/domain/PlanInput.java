package app.limber.routine.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A plan as a user asks to schedule it; {@code endsOn} is null for an open-ended plan. */
public record PlanInput(UUID routineId, int weeklyTarget, String timeZone, LocalDate startsOn, LocalDate endsOn) {
}
