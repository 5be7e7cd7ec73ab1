package app.limber.progress.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A {@code limber.plan.ended.v1} fact: the plan's last day is {@code endsOn} (inclusive). */
public record PlanEnding(UUID planId, LocalDate endsOn) {

    public PlanEnding {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(endsOn, "endsOn");
    }
}
