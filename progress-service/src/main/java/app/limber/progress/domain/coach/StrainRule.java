package app.limber.progress.domain.coach;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekHistory;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserWeek;

/**
 * {@code strain} (high): training feels harder while it gets done less. The mean effort of the athlete's latest
 * {@link AlertThresholds#strainSessions()} sessions that reported effort is at least {@link AlertThresholds#strainRise()}
 * above the mean of the as many before them, and this week's adherence is below last week's (each min(1, done /
 * target) of the user-week, as {@code GET /progress/me} sums plans; both weeks need a target). The running week is the
 * athlete's, so adherence this week is what is done so far. The occurrence is the running week: at most one strain
 * alert a week, cleared when either half of the condition stops holding.
 */
public final class StrainRule {

    private StrainRule() {
    }

    /**
     * @param sessions the athlete's live sessions in completion order
     * @param counted  their plan-week tallies
     * @param today    the athlete's date now
     */
    public static Optional<AthleteAlert> of(List<SessionFact> sessions, List<PlanFact> plans,
                                            List<PlanWeekTally> counted, LocalDate today, AlertThresholds thresholds) {
        int n = thresholds.strainSessions();
        List<SessionFact> rated = sessions.stream().filter(session -> session.effort() != null).toList();
        if (rated.size() < 2 * n) {
            return Optional.empty();
        }
        double recent = meanEffort(rated.subList(rated.size() - n, rated.size()));
        double before = meanEffort(rated.subList(rated.size() - 2 * n, rated.size() - n));
        if (recent < before + thresholds.strainRise()) {
            return Optional.empty();
        }
        IsoWeek running = IsoWeek.of(today);
        Map<IsoWeek, UserWeek> weeks = new LinkedHashMap<>();
        PlanWeekHistory.through(plans, counted, running).userWeeks().forEach(week -> weeks.put(week.week(), week));
        UserWeek thisWeek = weeks.get(running);
        UserWeek lastWeek = weeks.get(running.previous());
        if (thisWeek == null || lastWeek == null || !thisWeek.hasTarget() || !lastWeek.hasTarget()
                || adherence(thisWeek) >= adherence(lastWeek)) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("recentEffort", recent);
        detail.put("previousEffort", before);
        detail.put("thisWeekAdherence", adherence(thisWeek));
        detail.put("lastWeekAdherence", adherence(lastWeek));
        return Optional.of(new AthleteAlert(AlertKind.STRAIN, AlertLevel.HIGH, "week/" + running, detail));
    }

    private static double meanEffort(List<SessionFact> sessions) {
        return sessions.stream().mapToInt(SessionFact::effort).sum() / (double) sessions.size();
    }

    private static double adherence(UserWeek week) {
        return Math.min(1.0, (double) week.done() / week.target());
    }
}
