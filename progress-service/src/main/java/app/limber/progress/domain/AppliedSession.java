package app.limber.progress.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What one session counted for, as stored beside the rollups so that it can be undone: its local day
 * (daily streak, calendar, totals) and, when it counted toward a plan, that plan and the plan's week.
 *
 * @param planId   the plan it counted toward, or null
 * @param planWeek the week of {@code planId} it counted in (in the plan's zone), null exactly when planId is
 */
public record AppliedSession(UUID sessionId, LocalDate localDate, int durationSeconds, UUID planId,
                             IsoWeek planWeek) {

    public AppliedSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(localDate, "localDate");
        if ((planId == null) != (planWeek == null)) {
            throw new IllegalArgumentException("planId and planWeek are set together or not at all");
        }
    }

    public Optional<UUID> plan() {
        return Optional.ofNullable(planId);
    }
}
