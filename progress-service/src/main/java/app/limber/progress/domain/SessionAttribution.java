package app.limber.progress.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Decides which plan, if any, a session counts toward. Every session counts for its local day
 * (streaks, calendar, totals) whatever the outcome; this only decides the plan-week.
 *
 * <ol>
 *   <li>A session that names a plan counts toward that plan, in the plan's ISO week containing
 *       {@code completedAt} (in the plan's time zone), provided the plan is active in that week.
 *       Otherwise it counts toward no plan: a named plan is never swapped for another one.</li>
 *   <li>A session that names none counts toward the user's one plan for the same routine that
 *       covers the session's local date (the user's own day) and is active in the session's week
 *       in the plan's zone. This settles the mid-week replacement of a plan, and the move to a plan
 *       in another time zone: the old plan up to its last day, the new one from its first.</li>
 *   <li>If no plan for the routine covers that date, the session counts toward the one plan for the
 *       routine active in the session's week (e.g. a Monday session in the week a plan starts on
 *       Wednesday: the week is the unit of the target).</li>
 *   <li>Two or more candidates at the step that decides: the session counts toward no plan.</li>
 * </ol>
 * Because a plan's weeks are in its own zone, a session in the few hours around a switch of zones
 * can fall outside both plans' weeks (Sunday night in New York is Monday in Berlin); it then counts
 * toward no plan, like any session outside every plan.
 */
public final class SessionAttribution {

    private final Map<UUID, PlanFact> plansById;
    private final Map<UUID, List<PlanFact>> plansByRoutine;

    public SessionAttribution(Collection<PlanFact> plans) {
        this.plansById = plans.stream().collect(Collectors.toMap(PlanFact::planId, Function.identity()));
        this.plansByRoutine = plans.stream().collect(Collectors.groupingBy(PlanFact::routineId));
    }

    public Optional<PlanFact> planFor(SessionFact session) {
        if (session.planId() != null) {
            return Optional.ofNullable(plansById.get(session.planId()))
                    .filter(plan -> PlanWeekRule.isActiveIn(plan, session.weekIn(plan.timeZone())));
        }
        List<PlanFact> inTheWeek = matching(plansByRoutine.getOrDefault(session.routineId(), List.of()),
                plan -> PlanWeekRule.isActiveIn(plan, session.weekIn(plan.timeZone())));
        List<PlanFact> onTheDay = matching(inTheWeek, plan -> plan.isActiveOn(session.localDate()));
        return onlyOne(onTheDay.isEmpty() ? inTheWeek : onTheDay);
    }

    /** The row the service keeps for {@code session}: what it counted where. */
    public AppliedSession apply(SessionFact session) {
        return planFor(session)
                .map(plan -> new AppliedSession(session.sessionId(), session.localDate(), session.durationSeconds(),
                        plan.planId(), session.weekIn(plan.timeZone())))
                .orElseGet(() -> new AppliedSession(session.sessionId(), session.localDate(),
                        session.durationSeconds(), null, null));
    }

    private static List<PlanFact> matching(List<PlanFact> plans, Predicate<PlanFact> test) {
        return plans.stream().filter(test).toList();
    }

    private static Optional<PlanFact> onlyOne(List<PlanFact> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
