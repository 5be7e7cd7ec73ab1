package app.limber.progress.domain.coach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.TodayZone;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.UserRollup;

/**
 * Every alert condition that holds for an athlete at an instant, from the same facts {@code GET /progress/me} is
 * computed from: {@link SilenceRule}, {@link MissedWeeksRule}, {@link DiscomfortRule} and {@link StrainRule}. A pure
 * function of the facts and {@code now} (no clock is read), so any instance, any redelivery and the sweep find the same
 * alerts.
 */
public final class AlertRules {

    private AlertRules() {
    }

    /** The conditions that hold, ordered by key. */
    public static List<AthleteAlert> evaluate(UserFacts facts, Instant now, AlertThresholds thresholds) {
        UserRollup rollup = UserRollup.of(facts);
        ZoneId latestSessionZone = facts.sessions().stream()
                .max(Comparator.comparing(SessionFact::completedAt).thenComparing(SessionFact::sessionId))
                .map(SessionFact::timeZone).orElse(null);
        LocalDate today = TodayZone.today(facts.plans(), latestSessionZone, now);
        List<AthleteAlert> alerts = new ArrayList<>();
        SilenceRule.of(facts, now, thresholds).ifPresent(alerts::add);
        alerts.addAll(MissedWeeksRule.of(facts.plans(), rollup.planWeeks(), now, thresholds));
        alerts.addAll(DiscomfortRule.of(facts.sessions(), today, thresholds));
        StrainRule.of(facts.sessions(), facts.plans(), rollup.planWeeks(), today, thresholds).ifPresent(alerts::add);
        alerts.sort(Comparator.comparing(AthleteAlert::key));
        return List.copyOf(alerts);
    }
}
