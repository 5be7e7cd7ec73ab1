package app.limber.routine.service;

import app.limber.routine.domain.Caller;
import app.limber.routine.domain.Composition;
import app.limber.routine.domain.CompositionRequest;
import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.RoutineComposer;
import app.limber.routine.domain.RoutineContent;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.domain.RoutineInput;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.domain.RoutineValidator;
import app.limber.routine.domain.Visibility;
import app.limber.platform.api.PageRequest;
import app.limber.routine.persistence.Paged;
import app.limber.routine.persistence.InMemoryCatalog;
import app.limber.routine.persistence.PlanRepository;
import app.limber.routine.persistence.Routine;
import app.limber.routine.persistence.RoutineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.limber.routine.domain.RoutineException.Reason.FORBIDDEN;
import static app.limber.routine.domain.RoutineException.Reason.NOT_FOUND;

/** Routines: public templates and private routines, expanded from the catalog read model. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoutineService {

    private final RoutineRepository routines;
    private final InMemoryCatalog catalog;
    private final PlanRepository plans;

    RoutineService(RoutineRepository routines, InMemoryCatalog catalog, PlanRepository plans) {
        this.routines = routines;
        this.catalog = catalog;
        this.plans = plans;
    }

    public Paged<ExpandedRoutine> list(Caller caller, Purpose purpose, PageRequest page) {
        Paged<Routine> found = routines.visibleTo(caller.userId(), purpose, page.page(), page.size());
        Map<String, ExerciseSnapshot> known = catalog.bySlugs(slugs(found.items()));
        return found.map(r -> ExpandedRoutine.of(r, known));
    }

    public ExpandedRoutine get(UUID id, Caller caller) {
        return expand(visible(id, caller));
    }

    /**
     * A routine the caller may see, for plans and sessions; empty otherwise. Besides templates and their own, an
     * athlete sees a coach's private routine the coach scheduled a plan on for them, so that they can read it and
     * record its sessions.
     */
    public Optional<Routine> findVisible(UUID id, Caller caller) {
        return routines.findLive(id).filter(r -> r.visibleTo(caller)
                || (caller.userId() != null && plans.assignedByOwner(caller.userId(), r.id, r.ownerId)));
    }

    @Transactional
    public ExpandedRoutine create(RoutineInput input, Caller caller) {
        Visibility visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        if (visibility == Visibility.PUBLIC && !caller.admin()) {
            throw new RoutineException(FORBIDDEN, "only admins create public templates");
        }
        RoutineContent content = validated(input);
        Instant now = Instant.now();
        Routine routine = new Routine();
        routine.id = UUID.randomUUID();
        routine.ownerId = caller.userId();
        routine.createdAt = now;
        routine.visibility = visibility;
        routine.describe(content, now);
        routines.persist(routine);
        return expand(routine);
    }

    @Transactional
    public ExpandedRoutine update(UUID id, RoutineInput input, Caller caller) {
        Routine routine = editable(id, caller);
        Visibility visibility = input.visibility() == null ? routine.visibility : input.visibility();
        if (visibility == Visibility.PUBLIC && !caller.admin()) {
            throw new RoutineException(FORBIDDEN, "only admins publish templates");
        }
        RoutineContent content = validated(input);
        routine.visibility = visibility;
        routine.describe(content, Instant.now());
        return expand(routine);
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        Routine routine = editable(id, caller);
        // kept for the plans and sessions that refer to it; it no longer shows anywhere
        routine.deletedAt = Instant.now();
    }

    public Composition compose(CompositionRequest request) {
        return RoutineComposer.compose(request, catalog.allCurrent());
    }

    private RoutineContent validated(RoutineInput input) {
        return RoutineValidator.validate(input,
                catalog.bySlugs(input.items().stream().map(RoutineInput.Item::exerciseSlug).toList()));
    }

    private Routine visible(UUID id, Caller caller) {
        return findVisible(id, caller).orElseThrow(() -> new RoutineException(NOT_FOUND, "no routine " + id));
    }

    /**
     * Owner or admin; someone else's private routine does not exist for the caller (unless their coach assigned it,
     * then it is forbidden like a template).
     */
    private Routine editable(UUID id, Caller caller) {
        Routine routine = visible(id, caller);
        if (!caller.owns(routine.ownerId) && !caller.admin()) {
            throw new RoutineException(FORBIDDEN, routine.isPublic() ? "only admins change public templates"
                    : "only its owner changes a private routine");
        }
        return routine;
    }

    private ExpandedRoutine expand(Routine routine) {
        return ExpandedRoutine.of(routine, catalog.bySlugs(slugs(List.of(routine))));
    }

    private static Collection<String> slugs(List<Routine> routines) {
        return routines.stream().flatMap(r -> r.items.stream()).map(RoutineItem::exerciseSlug).distinct().toList();
    }
}
