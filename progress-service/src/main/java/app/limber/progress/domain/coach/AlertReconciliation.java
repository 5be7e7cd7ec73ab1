package app.limber.progress.domain.coach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Compares what holds for an athlete now with what is recorded, per coach who may view the athlete. An alert opens
 * once per coach, stays open until that coach acknowledges it or its condition clears, and opens anew (a new
 * occurrence, a new id) when the same condition holds again after it cleared. Acknowledging does not clear: while the
 * condition holds, the acknowledged alert stays its occurrence and nothing reopens. A coach who may no longer view the
 * athlete has their alerts cleared.
 */
public final class AlertReconciliation {

    private AlertReconciliation() {
    }

    /** Why a recorded alert stopped being open. */
    public enum ClearReason {
        CONDITION_CLEARED,
        ACCESS_REVOKED;

        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The latest recorded occurrence of a key for a coach.
     *
     * @param cleared whether its condition cleared (or the coach lost access) since it opened
     */
    public record Recorded(UUID id, String coachId, String key, int occurrence, boolean cleared) {
    }

    /** An alert to record and publish to {@code coachId}. */
    public record Opening(UUID id, String coachId, AthleteAlert alert, int occurrence) {
    }

    public record Clearing(UUID id, ClearReason reason) {
    }

    public record Changes(List<Opening> opened, List<Clearing> cleared) {

        public boolean isEmpty() {
            return opened.isEmpty() && cleared.isEmpty();
        }
    }

    /**
     * @param holding what {@link AlertRules} found now
     * @param viewers the coaches the athlete lets view their progress now
     * @param latest  the latest recorded occurrence of each (coach, key) of the athlete
     */
    public static Changes reconcile(String athleteId, List<AthleteAlert> holding, Set<String> viewers,
                                    Collection<Recorded> latest) {
        Map<List<String>, Recorded> byCoachAndKey = new HashMap<>();
        latest.forEach(recorded -> byCoachAndKey.put(List.of(recorded.coachId(), recorded.key()), recorded));
        Set<String> holdingKeys = new HashSet<>();
        holding.forEach(alert -> holdingKeys.add(alert.key()));
        List<Clearing> cleared = new ArrayList<>();
        for (Recorded recorded : latest) {
            if (recorded.cleared()) {
                continue;
            }
            if (!viewers.contains(recorded.coachId())) {
                cleared.add(new Clearing(recorded.id(), ClearReason.ACCESS_REVOKED));
            } else if (!holdingKeys.contains(recorded.key())) {
                cleared.add(new Clearing(recorded.id(), ClearReason.CONDITION_CLEARED));
            }
        }
        List<Opening> opened = new ArrayList<>();
        for (String coach : viewers.stream().sorted().toList()) {
            for (AthleteAlert alert : holding) {
                Recorded recorded = byCoachAndKey.get(List.of(coach, alert.key()));
                if (recorded == null || recorded.cleared()) {
                    int occurrence = recorded == null ? 1 : recorded.occurrence() + 1;
                    opened.add(new Opening(AlertIds.of(coach, athleteId, alert.key(), occurrence), coach, alert,
                            occurrence));
                }
            }
        }
        return new Changes(List.copyOf(opened), List.copyOf(cleared));
    }
}
