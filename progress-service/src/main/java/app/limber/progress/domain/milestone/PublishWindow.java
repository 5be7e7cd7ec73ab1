package app.limber.progress.domain.milestone;

import java.time.LocalDate;

/**
 * Which newly recorded celebrations are announced. One whose {@link CelebrationDay} lies more than {@code days} days
 * before the user's today is recorded, and shown in the feed, but not published: the first run over existing history,
 * or a session logged long after it was done, would otherwise send achievements of long ago as news.
 *
 * @param days how far back a celebration is still news; 0 = only today's and later
 */
public record PublishWindow(int days) {

    public PublishWindow {
        if (days < 0) {
            throw new IllegalArgumentException("the publish window cannot be negative, was " + days);
        }
    }

    /** Whether a celebration of {@code day} is published when the user's date is {@code today}. */
    public boolean admits(LocalDate day, LocalDate today) {
        return !day.isBefore(today.minusDays(days));
    }
}
