package app.limber.routine.service;

import app.limber.platform.problem.ProblemException;
import app.limber.routine.api.Caller;
import app.limber.routine.domain.Composition;
import app.limber.routine.domain.CompositionRequest;
import app.limber.routine.domain.Exercise;
import app.limber.routine.domain.Prescription;
import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.Range;
import app.limber.routine.domain.Routine;
import app.limber.routine.domain.RoutineComposer;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.domain.Visibility;
import app.limber.routine.persistence.CatalogReadModel;
import app.limber.routine.persistence.RoutineRepository;
import app.limber.routine.api.RoutineRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Routines: public templates and private routines, expanded from the catalog read model. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoutineService {

    public static final int MAX_ROUNDS = 10;
    /** Plausibility limits of an item's own prescription (holds and durations: the range limit, 3600 s). */
    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 500;

    private final RoutineRepository routines;
    private final CatalogReadModel catalog;

    RoutineService(RoutineRepository routines, CatalogReadModel catalog) {
        this.routines = routines;
        this.catalog = catalog;
    }

    public List<ExpandedRoutine> list(Caller caller, Purpose purpose) {
        List<Routine> found = routines.visibleTo(caller.userId(), purpose);
        Map<String, Exercise> known = catalog.bySlugs(slugs(found));
        return found.stream().map(r -> ExpandedRoutine.of(r, known)).toList();
    }

    public ExpandedRoutine get(UUID id, Caller caller) {
        return expand(visible(id, caller));
    }

    /** A routine the caller may see, for plans and sessions; empty otherwise. */
    public java.util.Optional<Routine> findVisible(UUID id, Caller caller) {
        return routines.findLive(id).filter(r -> r.visibleTo(caller.userId(), caller.admin()));
    }

    @Transactional
    public ExpandedRoutine create(RoutineRequest request, Caller caller) {
        Visibility visibility = request.visibilityValue() == null ? Visibility.PRIVATE : request.visibilityValue();
        if (visibility == Visibility.PUBLIC && !caller.admin()) {
            throw ProblemException.of(Response.Status.FORBIDDEN, "only admins create public templates");
        }
        Routine routine = new Routine();
        routine.id = UUID.randomUUID();
        routine.ownerId = caller.userId();
        routine.createdAt = Instant.now();
        fill(routine, request, visibility);
        routines.persist(routine);
        return expand(routine);
    }

    @Transactional
    public ExpandedRoutine update(UUID id, RoutineRequest request, Caller caller) {
        Routine routine = editable(id, caller);
        Visibility visibility = request.visibilityValue() == null ? routine.visibility : request.visibilityValue();
        if (visibility == Visibility.PUBLIC && !caller.admin()) {
            throw ProblemException.of(Response.Status.FORBIDDEN, "only admins publish templates");
        }
        fill(routine, request, visibility);
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

    private Routine visible(UUID id, Caller caller) {
        return findVisible(id, caller)
                .orElseThrow(() -> ProblemException.of(Response.Status.NOT_FOUND, "no routine " + id));
    }

    /** Owner or admin; someone else's private routine does not exist for the caller, a template is forbidden. */
    private Routine editable(UUID id, Caller caller) {
        Routine routine = visible(id, caller);
        boolean owner = caller.userId() != null && caller.userId().equals(routine.ownerId);
        if (!owner && !caller.admin()) {
            throw ProblemException.of(Response.Status.FORBIDDEN, "only admins change public templates");
        }
        return routine;
    }

    private void fill(Routine routine, RoutineRequest request, Visibility visibility) {
        Range rounds = request.rounds() == null ? Range.exactly(1) : request.rounds();
        if (rounds.min() < 1 || rounds.max() > MAX_ROUNDS || !rounds.hasMinAtMostMax()) {
            throw ProblemException.badField("rounds", "must satisfy 1 <= min <= max <= " + MAX_ROUNDS);
        }
        List<RoutineItem> items = checkedItems(request.items());
        routine.name = request.name().strip();
        routine.description = request.description();
        routine.purpose = request.purposeValue();
        routine.visibility = visibility;
        routine.roundsMin = rounds.min();
        routine.roundsMax = rounds.max();
        routine.items = items;
        routine.updatedAt = Instant.now();
    }

    private List<RoutineItem> checkedItems(List<RoutineRequest.Item> requested) {
        Map<String, Exercise> known = catalog.bySlugs(requested.stream().map(RoutineRequest.Item::exerciseSlug).toList());
        List<RoutineItem> items = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            RoutineRequest.Item item = requested.get(i);
            Exercise exercise = known.get(item.exerciseSlug());
            String field = "items[" + i + "]";
            if (exercise == null || exercise.name() == null) {
                throw ProblemException.badField(field + ".exerciseSlug", "is not in the catalog");
            }
            if (exercise.retired()) {
                throw ProblemException.badField(field + ".exerciseSlug", "has been retired from the catalog");
            }
            Prescription prescription = item.prescription();
            if (prescription != null && prescription.firstUnorderedRange() != null) {
                throw ProblemException.badField(field + ".prescription." + prescription.firstUnorderedRange(),
                        "min must not exceed max");
            }
            if (prescription != null && prescription.sets() != null && prescription.sets().max() > MAX_SETS) {
                throw ProblemException.badField(field + ".prescription.sets.max", "must be at most " + MAX_SETS);
            }
            if (prescription != null && prescription.reps() != null && prescription.reps().max() > MAX_REPS) {
                throw ProblemException.badField(field + ".prescription.reps.max", "must be at most " + MAX_REPS);
            }
            items.add(new RoutineItem(item.exerciseSlug(), prescription, item.restSeconds() == null ? 0 : item.restSeconds()));
        }
        return items;
    }

    private ExpandedRoutine expand(Routine routine) {
        return ExpandedRoutine.of(routine, catalog.bySlugs(slugs(List.of(routine))));
    }

    private static Collection<String> slugs(List<Routine> routines) {
        return routines.stream().flatMap(r -> r.items.stream()).map(RoutineItem::exerciseSlug).distinct().toList();
    }
}
