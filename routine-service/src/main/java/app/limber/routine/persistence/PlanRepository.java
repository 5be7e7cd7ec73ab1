package app.limber.routine.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** One page of the user's plans, latest start first. */
    public Paged<Plan> ofUser(String userId, int page, int size) {
        return Paged.of(find("userId = ?1 order by startsOn desc, createdAt desc, id", userId), page, size);
    }

    /** The user's plan, or empty for an unknown id or another user's plan. */
    public Optional<Plan> ownedBy(UUID id, String userId) {
        return findByIdOptional(id).filter(p -> p.userId.equals(userId));
    }

    /** Whether the user has a plan on the routine that the routine's owner scheduled for them. */
    public boolean assignedByOwner(String userId, UUID routineId, String routineOwnerId) {
        return routineOwnerId != null
                && count("userId = ?1 and routineId = ?2 and assignedBy = ?3", userId, routineId, routineOwnerId) > 0;
    }

    public Optional<Plan> ownedByForUpdate(UUID id, String userId) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(p -> p.userId.equals(userId));
    }
}
