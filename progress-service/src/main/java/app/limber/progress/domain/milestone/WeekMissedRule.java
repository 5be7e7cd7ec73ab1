package app.limber.progress.domain.milestone;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekRule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code week-missed}: a plan-week that closed below its (prorated) target. The week closes at the end of its Sunday
 * in the plan's zone; the nudge is due at the nudge hour of the Monday after, and goes stale at the end of that
 * Monday. Every active plan-week counts, the plan's first and last (partial) weeks included, but for a week that was
 * over before its athlete could train for the plan ({@link PlanFact#firstDayToTrain()}: a plan may start up to a year
 * before it is scheduled).
 */
public final class WeekMissedRule {

    private WeekMissedRule() {
    }

    public static List<DueMilestone> due(MilestoneFacts facts, int nudgeHour, Instant now) {
        List<DueMilestone> due = new ArrayList<>();
        for (PlanFact plan : facts.plans()) {
            ZoneId zone = plan.timeZone();
            LocalDate today = NudgeTime.today(now, zone);
            if (today.getDayOfWeek() != DayOfWeek.MONDAY || now.isBefore(NudgeTime.at(today, nudgeHour, zone))) {
                continue;
            }
            IsoWeek closed = IsoWeek.of(today).previous();
            if (closed.sunday().isBefore(plan.firstDayToTrain())) {
                continue;
            }
            int target = PlanWeekRule.targetIn(plan, closed);
            int done = facts.done(plan.planId(), closed);
            if (target > 0 && done < target) {
                due.add(DueMilestone.on(Milestone.exact(
                        new MilestoneKey(facts.userId(), MilestoneType.WEEK_MISSED, plan.planId(),
                                new MilestonePeriod.Week(closed)),
                        new MilestoneDetails.WeekMissed(closed, done, target, today, zone)), zone, today, nudgeHour));
            }
        }
        return due;
    }
}
