package app.limber.routine.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PlanPauseRepository implements PanacheRepositoryBase<PlanPause, UUID> {

    /** The plan's pauses, earliest first. */
    public List<PlanPause> ofPlan(UUID planId) {
        return list("planId = ?1 order by startsOn, id", planId);
    }

    /** The pauses of each of the plans (in one query), earliest first; plans without pauses are absent. */
    public Map<UUID, List<PlanPause>> ofPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return list("planId in ?1 order by startsOn, id", planIds).stream()
                .collect(Collectors.groupingBy(p -> p.planId, Collectors.toList()));
    }

    public Optional<PlanPause> ofPlan(UUID planId, UUID pauseId) {
        return findByIdOptional(pauseId).filter(p -> p.planId.equals(planId));
    }
}
