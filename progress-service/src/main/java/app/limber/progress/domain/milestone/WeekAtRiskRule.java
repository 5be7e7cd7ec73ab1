package app.limber.progress.domain.milestone;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.PlanWeekRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code week-at-risk}: at the nudge hour in the plan's zone, on a day the plan is active, when its week can only be
 * met by training on (almost) every remaining day: {@code needed ≥ 1} and
 * {@code needed ≥ daysLeft − spareDays}, where {@code needed = target − done} for the plan's running week (target
 * prorated as {@link PlanWeekRule} says, done as counted so far) and {@code daysLeft} counts the plan's days left in
 * the week, today included (up to Sunday, or to the plan's last day when it ends earlier).
 *
 * <p>It can be due on several days of a week (once per plan and day: its key is the plan and the day); a plan that
 * has not started yet or has ended is never at risk, nor is one on a paused day. Paused days left in the week are not
 * counted in {@code daysLeft}: the target is prorated to the days in force, which the remaining paused days are not.
 */
public final class WeekAtRiskRule {

    private WeekAtRiskRule() {
    }

    public static List<DueMilestone> due(MilestoneFacts facts, int nudgeHour, MilestoneSettings settings, Instant now) {
        List<DueMilestone> due = new ArrayList<>();
        for (PlanFact plan : facts.plans()) {
            ZoneId zone = plan.timeZone();
            LocalDate today = NudgeTime.today(now, zone);
            if (now.isBefore(NudgeTime.at(today, nudgeHour, zone))) {
                continue;
            }
            IsoWeek week = IsoWeek.of(today);
            assess(plan, facts.done(plan.planId(), week), today, settings.spareDays()).ifPresent(details -> due.add(
                    DueMilestone.on(Milestone.exact(new MilestoneKey(facts.userId(), MilestoneType.WEEK_AT_RISK,
                            plan.planId(), new MilestonePeriod.Day(today)), details), zone, today, nudgeHour)));
        }
        return due;
    }

    /** Whether the plan's week is at risk on {@code today} with {@code done} sessions counted so far. */
    public static Optional<MilestoneDetails.WeekAtRisk> assess(PlanFact plan, int done, LocalDate today, int spareDays) {
        if (!plan.isInForceOn(today)) {
            return Optional.empty();
        }
        IsoWeek week = IsoWeek.of(today);
        int target = PlanWeekRule.targetIn(plan, week);
        LocalDate lastDay = plan.end().filter(end -> end.isBefore(week.sunday())).orElse(week.sunday());
        int daysLeft = (int) ChronoUnit.DAYS.between(today, lastDay) + 1;
        for (PlanPause pause : plan.pauses()) {
            daysLeft -= pause.daysWithin(today, lastDay);
        }
        int needed = target - done;
        if (needed < 1 || needed < daysLeft - spareDays) {
            return Optional.empty();
        }
        return Optional.of(new MilestoneDetails.WeekAtRisk(week, done, target, needed, daysLeft, today, plan.timeZone()));
    }
}
