package app.limber.progress.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The stretches each plan is actually paused, from the {@code plan.paused} and {@code plan.resumed} facts in any
 * order:
 * <ul>
 *   <li>a pause covers {@code startsOn .. endsOn}; a resumption of it on {@code resumedOn} cuts it to
 *       {@code startsOn .. resumedOn − 1}, and one on its first day cancels it (it pauses nothing). With several
 *       resumptions of one pause the earliest holds, so the result does not depend on which arrived first;</li>
 *   <li>a resumption whose pause has not arrived yet waits for it (a late pause is cut as soon as it arrives), and
 *       a pause of a plan not known yet waits for the plan;</li>
 *   <li>redeliveries count once; should two facts of one pause id ever differ, the earlier stretch is kept.</li>
 * </ul>
 */
public final class PlanPauses {

    static final Comparator<PlanPause> ORDER = Comparator.comparing(PlanPause::startsOn)
            .thenComparing(PlanPause::endsOn).thenComparing(PlanPause::pauseId);

    private PlanPauses() {
    }

    /** Each plan's paused stretches, ordered by their first day; plans without any are absent. */
    public static Map<UUID, List<PlanPause>> reconcile(Collection<PlanPause> pauses, Collection<PauseResumption> resumptions) {
        Map<UUID, PlanPause> byId = new HashMap<>();
        pauses.forEach(pause -> byId.merge(pause.pauseId(), pause, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b));
        Map<UUID, PauseResumption> earliest = new HashMap<>();
        resumptions.forEach(resumption -> earliest.merge(resumption.pauseId(), resumption,
                (a, b) -> a.resumedOn().isAfter(b.resumedOn()) ? b : a));
        Map<UUID, List<PlanPause>> byPlan = new TreeMap<>();
        for (PlanPause pause : byId.values()) {
            PauseResumption resumption = earliest.get(pause.pauseId());
            if (resumption != null && !resumption.resumedOn().isAfter(pause.startsOn())) {
                continue;
            }
            PlanPause actual = resumption == null || resumption.resumedOn().isAfter(pause.endsOn()) ? pause
                    : new PlanPause(pause.planId(), pause.pauseId(), pause.startsOn(), resumption.resumedOn().minusDays(1));
            byPlan.computeIfAbsent(actual.planId(), plan -> new ArrayList<>()).add(actual);
        }
        byPlan.values().forEach(list -> list.sort(ORDER));
        return byPlan;
    }
}
