package app.limber.progress.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything that determines one user's statistics: their plans with their current end, and their
 * sessions that were not deleted.
 *
 * <p>Statistics are a function of this set and of nothing else. {@link #reconcile} builds it from raw
 * facts in a way that cannot depend on arrival order, so a late, duplicated or reordered event gives
 * exactly the numbers an in-order replay of the log gives.
 */
public record UserFacts(List<PlanFact> plans, List<SessionFact> sessions) {

    /*
     * Redeliveries carry identical payloads. Should two facts with the same id ever differ, the one that
     * sorts first by these orders is kept, so that the choice still never depends on arrival order.
     */
    private static final Comparator<PlanFact> PLAN_PREFERENCE = Comparator.comparing(PlanFact::startsOn)
            .thenComparing(PlanFact::endsOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(PlanFact::weeklyTarget)
            .thenComparing(PlanFact::routineId)
            .thenComparing(plan -> plan.timeZone().getId());
    private static final Comparator<SessionFact> SESSION_PREFERENCE = Comparator.comparing(SessionFact::completedAt)
            .thenComparing(SessionFact::localDate)
            .thenComparingInt(SessionFact::durationSeconds)
            .thenComparing(SessionFact::routineId)
            .thenComparing(SessionFact::planId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SessionFact::effort, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SessionFact::discomfort, Comparator.nullsFirst(Comparator.naturalOrder()));

    public UserFacts {
        plans = plans.stream().sorted(Comparator.comparing(PlanFact::planId)).toList();
        sessions = sessions.stream()
                .sorted(Comparator.comparing(SessionFact::completedAt).thenComparing(SessionFact::sessionId))
                .toList();
        requireUnique(plans, PlanFact::planId, "plan");
        requireUnique(sessions, SessionFact::sessionId, "session");
    }

    public static UserFacts empty() {
        return new UserFacts(List.of(), List.of());
    }

    /**
     * Combines raw facts, each possibly repeated and in any order.
     *
     * <ul>
     *   <li>a plan's end is the earliest of its scheduled {@code endsOn} and every {@code plan.ended};
     *       endings of plans not (yet) known are kept by the caller and have no effect here;</li>
     *   <li>a session whose id was ever deleted is excluded, even when the deletion is seen first;</li>
     *   <li>pauses and their resumptions are combined per pause id ({@link PlanPauses});</li>
     *   <li>duplicates (same planId / sessionId) count once.</li>
     * </ul>
     */
    public static UserFacts reconcile(Collection<PlanFact> scheduled, Collection<PlanEnding> endings,
                                      Collection<SessionFact> completed, Collection<UUID> deletedSessionIds) {
        return reconcile(scheduled, endings, List.of(), List.of(), completed, deletedSessionIds);
    }

    /**
     * As {@link #reconcile(Collection, Collection, Collection, Collection)}, with each plan paused as
     * {@link PlanPauses} says (pauses of plans not (yet) known are kept by the caller and have no effect here).
     */
    public static UserFacts reconcile(Collection<PlanFact> scheduled, Collection<PlanEnding> endings,
                                      Collection<PlanPause> pauses, Collection<PauseResumption> resumptions,
                                      Collection<SessionFact> completed, Collection<UUID> deletedSessionIds) {
        Map<UUID, PlanFact> plans = pickOnePer(scheduled, PlanFact::planId, PLAN_PREFERENCE);
        for (PlanEnding ending : endings) {
            plans.computeIfPresent(ending.planId(), (id, plan) -> plan.endingBy(ending.endsOn()));
        }
        PlanPauses.reconcile(pauses, resumptions).forEach((planId, paused) ->
                plans.computeIfPresent(planId, (id, plan) -> plan.withPauses(paused)));
        Set<UUID> deleted = new HashSet<>(deletedSessionIds);
        List<SessionFact> live = pickOnePer(completed, SessionFact::sessionId, SESSION_PREFERENCE).values().stream()
                .filter(session -> !deleted.contains(session.sessionId()))
                .toList();
        return new UserFacts(List.copyOf(plans.values()), live);
    }

    private static <T> Map<UUID, T> pickOnePer(Collection<T> facts, Function<T, UUID> id, Comparator<T> preference) {
        BinaryOperator<T> keepPreferred = (a, b) -> preference.compare(a, b) <= 0 ? a : b;
        return facts.stream().collect(Collectors.toMap(id, Function.identity(), keepPreferred, LinkedHashMap::new));
    }

    private static <T> void requireUnique(List<T> facts, Function<T, UUID> id, String kind) {
        Set<UUID> seen = new HashSet<>();
        for (T fact : facts) {
            if (!seen.add(id.apply(fact))) {
                throw new IllegalArgumentException("duplicate " + kind + " " + id.apply(fact) + "; use reconcile()");
            }
        }
    }
}
