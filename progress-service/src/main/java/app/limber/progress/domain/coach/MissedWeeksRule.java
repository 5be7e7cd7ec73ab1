package app.limber.progress.domain.coach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekHistory;
import app.limber.progress.domain.PlanWeekRule;
import app.limber.progress.domain.PlanWeekTally;

/**
 * {@code missed-weeks} (high): the plan's latest closed plan-weeks (weeks over, in the plan's zone) include a run of
 * at least {@link AlertThresholds#missedWeeksInARow()} consecutive weeks each under
 * {@link AlertThresholds#missedWeekShare()} of its target, prorated as {@link PlanWeekRule} says. Weeks a pause takes
 * out whole are no plan-weeks: they neither count toward the run nor break it. Weeks already over when the plan was
 * scheduled ({@link PlanFact#firstDayToTrain()}: a plan may start up to a year earlier) were never the athlete's to
 * miss, so a run begins in the week the plan was scheduled at the earliest. Only a plan active in the running week is
 * looked at. The occurrence is the plan and the run's first week, so a run opens one alert however long it grows, and
 * a week at or over the share ends the run and clears it.
 */
public final class MissedWeeksRule {

    private MissedWeeksRule() {
    }

    public static List<AthleteAlert> of(List<PlanFact> plans, List<PlanWeekTally> counted, Instant now,
                                        AlertThresholds thresholds) {
        List<AthleteAlert> alerts = new ArrayList<>();
        for (PlanFact plan : plans) {
            IsoWeek running = IsoWeek.of(now.atZone(plan.timeZone()).toLocalDate());
            if (!PlanWeekRule.isActiveIn(plan, running)) {
                continue;
            }
            List<PlanWeekTally> closed = PlanWeekHistory.through(List.of(plan), counted, running.previous()).planWeeks();
            int earliest = 0;
            while (earliest < closed.size() && closed.get(earliest).week().sunday().isBefore(plan.firstDayToTrain())) {
                earliest++;
            }
            int first = closed.size();
            while (first > earliest && missed(closed.get(first - 1), thresholds)) {
                first--;
            }
            List<PlanWeekTally> run = closed.subList(first, closed.size());
            if (run.size() >= thresholds.missedWeeksInARow()) {
                alerts.add(alert(plan, run));
            }
        }
        return alerts;
    }

    private static boolean missed(PlanWeekTally week, AlertThresholds thresholds) {
        return week.done() < thresholds.missedWeekShare() * week.target();
    }

    private static AthleteAlert alert(PlanFact plan, List<PlanWeekTally> run) {
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (PlanWeekTally week : run) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("week", week.week().toString());
            entry.put("done", week.done());
            entry.put("target", week.target());
            weeks.add(entry);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("planId", plan.planId().toString());
        detail.put("weeks", weeks);
        return new AthleteAlert(AlertKind.MISSED_WEEKS, AlertLevel.HIGH,
                "plan/" + plan.planId() + "/" + run.get(0).week(), detail);
    }
}
