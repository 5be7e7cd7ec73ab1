package app.limber.progress.domain.milestone;

import java.time.LocalDate;

/**
 * The local day a celebration belongs to: the feed is ordered and filtered by it, and the {@link PublishWindow} is
 * measured to it.
 * <ul>
 *   <li>streak-reached (daily) and comeback: the day of the session that reached the length or came back;</li>
 *   <li>week-target-met and streak-reached (weekly): the week's Sunday, or today while that week is running. The rules
 *       see a week's tally, not which of its sessions met it, and the latest a week can be met is its Sunday; a week
 *       met while it runs is met today.</li>
 * </ul>
 */
public final class CelebrationDay {

    private CelebrationDay() {
    }

    /** @param today the user's local date now */
    public static LocalDate of(Milestone milestone, LocalDate today) {
        MilestoneDetails details = milestone.details();
        if (details instanceof MilestoneDetails.WeekTargetMet met) {
            return earlier(met.week().sunday(), today);
        }
        if (details instanceof MilestoneDetails.StreakReached streak) {
            return streak.kind() == StreakKind.DAILY ? streak.localDate() : earlier(streak.week().sunday(), today);
        }
        if (details instanceof MilestoneDetails.Comeback comeback) {
            return comeback.localDate();
        }
        throw new IllegalArgumentException(milestone.type().slug() + " is no celebration");
    }

    private static LocalDate earlier(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }
}
