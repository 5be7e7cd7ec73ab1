package app.limber.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * How long an athlete with a plan in force has gone without training, counted from the spell's <b>anchor</b>: the last
 * session's day, or the day before that plan started, or the day before it was scheduled (a plan may start up to a
 * year before it is scheduled), or the last paused day of that plan before today, whichever is latest. A new plan, like
 * the end of a pause, is a fresh start: nothing logged or left undone before it makes its athlete silent on day one.
 * Both the {@code inactive} nudge and the coach's silence alert count from here.
 */
public final class SilentSpell {

    private SilentSpell() {
    }

    /**
     * The plan in force today (its dates cover today in its zone and it is not paused) that started last, with ties
     * broken by id; empty when none is.
     */
    public static Optional<PlanFact> latestInForce(Collection<PlanFact> plans, Instant now) {
        return plans.stream()
                .filter(plan -> plan.isInForceOn(now.atZone(plan.timeZone()).toLocalDate()))
                .max(Comparator.comparing(PlanFact::startsOn).thenComparing(PlanFact::planId));
    }

    /** The spell's anchor for {@code plan} on {@code today}; {@code lastSession} is null before any session. */
    public static LocalDate anchor(PlanFact plan, LocalDate lastSession, LocalDate today) {
        LocalDate freshStart = plan.firstDayToTrain().minusDays(1);
        for (PlanPause pause : plan.pauses()) {
            if (pause.endsOn().isBefore(today) && pause.endsOn().isAfter(freshStart)) {
                freshStart = pause.endsOn();
            }
        }
        return lastSession != null && lastSession.isAfter(freshStart) ? lastSession : freshStart;
    }
}
