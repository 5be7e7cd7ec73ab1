package app.limber.progress.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@code limber.plan.resumed.v1} fact: pause {@code pauseId} of the plan ends early, the plan being active again
 * from {@code resumedOn}; a resumption on the pause's first day cancels it.
 */
public record PauseResumption(UUID planId, UUID pauseId, LocalDate resumedOn) {

    public PauseResumption {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(pauseId, "pauseId");
        Objects.requireNonNull(resumedOn, "resumedOn");
    }
}
