package app.limber.progress.domain.milestone;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SilentSpell;
import app.limber.progress.domain.TodayZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code inactive}: an athlete with a plan active today has logged nothing for N days
 * ({@link MilestoneSettings#inactiveAfterDays()}).
 *
 * <ul>
 *   <li>"Today" and the nudge hour are in the zone {@code /progress/me} takes today in ({@link TodayZone}: the zone of
 *       the active plan that started last).</li>
 *   <li>A plan paused today is not in force: with no other plan in force, nobody is inactive during a pause.</li>
 *   <li>The spell is counted from its <b>anchor</b> ({@link SilentSpell}): the last session's day, or the day before
 *       that plan started, or the last paused day of that plan before today, whichever is latest. The nudge is due
 *       when {@code today − anchor ≥ N}.</li>
 *   <li>Its key is the anchor. It is due at the nudge hour of every day of the spell until a nudge is recorded (each
 *       day's window ends at midnight), and once one is, the stretch without training has been nudged: a session
 *       logged later for a day inside it moves the anchor but brings no second nudge ({@link HandledNudges}); a
 *       session on the day of the nudge or later starts a new spell.</li>
 * </ul>
 */
public final class InactiveRule {

    private InactiveRule() {
    }

    public static Optional<DueMilestone> due(MilestoneFacts facts, int nudgeHour, MilestoneSettings settings,
                                             Instant now) {
        Optional<PlanFact> latestActive = SilentSpell.latestInForce(facts.plans(), now);
        if (latestActive.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = TodayZone.choose(facts.plans(), null, now);
        LocalDate today = NudgeTime.today(now, zone);
        if (now.isBefore(NudgeTime.at(today, nudgeHour, zone))) {
            return Optional.empty();
        }
        LocalDate lastSession = facts.activeDays().isEmpty() ? null : facts.activeDays().last();
        LocalDate anchor = SilentSpell.anchor(latestActive.get(), lastSession, today);
        if (ChronoUnit.DAYS.between(anchor, today) < settings.inactiveAfterDays()) {
            return Optional.empty();
        }
        Integer daysSince = lastSession == null ? null : (int) ChronoUnit.DAYS.between(lastSession, today);
        return Optional.of(DueMilestone.on(Milestone.exact(
                new MilestoneKey(facts.userId(), MilestoneType.INACTIVE, null, new MilestonePeriod.Since(anchor)),
                new MilestoneDetails.Inactive(daysSince, lastSession, today, zone)), zone, today, nudgeHour));
    }
}
