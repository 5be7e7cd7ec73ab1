package app.limber.routine.persistence;

import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class RoutineRepository implements PanacheRepositoryBase<Routine, UUID> {

    private static final long TEMPLATE_SEED_LOCK = 0x6c696d626572L;

    /** One page of the public templates plus the user's own routines (user may be null: templates only), by name. */
    public Paged<Routine> visibleTo(String userId, Purpose purpose, int page, int size) {
        StringBuilder query = new StringBuilder("deletedAt is null and (visibility = :public or ownerId = :user)");
        Parameters params = Parameters.with("public", Visibility.PUBLIC).and("user", userId == null ? "" : userId);
        if (purpose != null) {
            query.append(" and purpose = :purpose");
            params.and("purpose", purpose);
        }
        query.append(" order by name, id");
        return Paged.of(find(query.toString(), params), page, size);
    }

    public Optional<Routine> findLive(UUID id) {
        return findByIdOptional(id).filter(r -> r.deletedAt == null);
    }

    /** The names of these routines, deleted ones included (a session keeps the routine it was done on). */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, r -> r.name));
    }

    public Optional<Routine> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Several instances may start together: one seeds templates at a time, until its transaction ends. */
    public void lockTemplateSeeding() {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, TEMPLATE_SEED_LOCK)
                .getSingleResult();
    }
}
