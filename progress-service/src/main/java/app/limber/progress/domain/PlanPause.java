package app.limber.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@code limber.plan.paused.v1} fact: the plan is paused from {@code startsOn} to {@code endsOn}, both inclusive,
 * in the plan's zone. Once reconciled with its resumptions ({@link PlanPauses}) it is the stretch actually paused.
 */
public record PlanPause(UUID planId, UUID pauseId, LocalDate startsOn, LocalDate endsOn) {

    /** The contract's longest pause: endsOn − startsOn ≤ 89. */
    public static final int MAX_DAYS = 90;

    public PlanPause {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(pauseId, "pauseId");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a pause ends on or after its first day");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Paused days from {@code from} to {@code to}, both inclusive. */
    public int daysWithin(LocalDate from, LocalDate to) {
        LocalDate first = startsOn.isAfter(from) ? startsOn : from;
        LocalDate last = endsOn.isBefore(to) ? endsOn : to;
        return last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
    }
}
