package app.limber.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;

/**
 * The time zone in which "today" is taken for a user's summary (running week, current daily streak).
 *
 * <p>Events carry zones, users have no profile zone, so it is chosen from what the user told us most
 * deliberately: the zone of a plan active today (a plan is a commitment made for where the user lives;
 * with several, the one that started last, as the most recent decision), else the zone of their latest
 * session (where they train now), else UTC.
 */
public final class TodayZone {

    private TodayZone() {
    }

    public static ZoneId choose(Collection<PlanFact> plans, ZoneId latestSessionZone, Instant now) {
        return plans.stream()
                .filter(plan -> plan.isActiveOn(now.atZone(plan.timeZone()).toLocalDate()))
                .max(Comparator.comparing(PlanFact::startsOn).thenComparing(PlanFact::planId))
                .map(PlanFact::timeZone)
                .orElse(latestSessionZone != null ? latestSessionZone : ZoneOffset.UTC);
    }

    /** The user's local date at {@code now}. */
    public static LocalDate today(Collection<PlanFact> plans, ZoneId latestSessionZone, Instant now) {
        return now.atZone(choose(plans, latestSessionZone, now)).toLocalDate();
    }
}
