package app.limber.progress.domain.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code comeback}: the first session after an inactive spell, i.e. a session on a day at least N days
 * ({@link MilestoneSettings#inactiveAfterDays()}) after the previous day with a session. This is the same measure
 * as {@code inactive} (today − last session day ≥ N), so a user who was due an inactive nudge comes back with a
 * comeback. {@code daysAway} is the number of days from the session before the spell to the comeback. The very first
 * session is no comeback, and no plan is needed: returning is worth celebrating either way.
 *
 * <p>The spell is an episode (the days away and the comeback day): a late session logged inside it leaves the
 * comeback standing as long as what remains is still a spell of N days ({@link MilestoneReconciliation}).
 */
public final class ComebackRule {

    private ComebackRule() {
    }

    public static List<Milestone> milestones(MilestoneFacts facts, MilestoneSettings settings) {
        return milestones(facts.userId(), facts.activeDays(), settings);
    }

    /** The comebacks between these days with a session (in date order). */
    static List<Milestone> milestones(String userId, Iterable<LocalDate> activeDays, MilestoneSettings settings) {
        List<Milestone> milestones = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate day : activeDays) {
            if (previous != null) {
                long away = ChronoUnit.DAYS.between(previous, day);
                if (away >= settings.inactiveAfterDays()) {
                    DateRange spell = new DateRange(previous.plusDays(1), day);
                    milestones.add(new Milestone(
                            new MilestoneKey(userId, MilestoneType.COMEBACK, null, new MilestonePeriod.Spell(spell)),
                            new MilestoneDetails.Comeback((int) away, day), spell));
                }
            }
            previous = day;
        }
        return milestones;
    }
}
