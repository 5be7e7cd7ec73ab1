package app.limber.progress.domain.coach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.SilentSpell;
import app.limber.progress.domain.UserFacts;

/**
 * {@code silence}: a plan is in force today (within its dates, not paused) and the athlete has not trained for longer
 * than expected. Days are counted in the zone of that plan (the one in force that started last) from the spell's
 * anchor ({@link SilentSpell}: the last session's day, the day before the plan started, or the end of its last pause):
 * low when more than {@link AlertThresholds#silenceLowAfterDays()} days, high when more than
 * {@link AlertThresholds#silenceHighAfterDays()}. The occurrence is the spell and the level, so a spell opens a low
 * alert, then a high one (the low one then clears), and a session, which starts a new spell, clears both. Nothing is
 * silent during a pause.
 */
public final class SilenceRule {

    private SilenceRule() {
    }

    public static Optional<AthleteAlert> of(UserFacts facts, Instant now, AlertThresholds thresholds) {
        Optional<PlanFact> inForce = SilentSpell.latestInForce(facts.plans(), now);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        PlanFact plan = inForce.get();
        LocalDate today = now.atZone(plan.timeZone()).toLocalDate();
        LocalDate lastSession = facts.sessions().stream().map(SessionFact::localDate).max(LocalDate::compareTo)
                .orElse(null);
        LocalDate anchor = SilentSpell.anchor(plan, lastSession, today);
        long days = ChronoUnit.DAYS.between(anchor, today);
        AlertLevel level = days > thresholds.silenceHighAfterDays() ? AlertLevel.HIGH
                : days > thresholds.silenceLowAfterDays() ? AlertLevel.LOW : null;
        if (level == null) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("silentDays", days);
        detail.put("lastSessionOn", lastSession == null ? null : lastSession.toString());
        detail.put("planId", plan.planId().toString());
        detail.put("timeZone", plan.timeZone().getId());
        return Optional.of(new AthleteAlert(AlertKind.SILENCE, level, "since/" + anchor + "/" + level.slug(), detail));
    }
}
