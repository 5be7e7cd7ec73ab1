package app.limber.progress.domain.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A nudge that is due: the milestone, the zone and local day it is due on, and its window. It is due from
 * {@code dueAt} (the nudge hour of {@code localDate} in {@code zone}) until {@code staleAt} (the end of that day);
 * a scheduler that reaches it later (after downtime) drops it as stale. Its key is what a scheduler records to send
 * it once.
 */
public record DueMilestone(Milestone milestone, ZoneId zone, LocalDate localDate, Instant dueAt, Instant staleAt) {

    public DueMilestone {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(localDate, "localDate");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(staleAt, "staleAt");
        if (!milestone.type().isNudge()) {
            throw new IllegalArgumentException(milestone.type() + " is not a nudge");
        }
        if (!staleAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("a nudge goes stale after it falls due");
        }
    }

    static DueMilestone on(Milestone milestone, ZoneId zone, LocalDate day, int nudgeHour) {
        return new DueMilestone(milestone, zone, day, NudgeTime.at(day, nudgeHour, zone), NudgeTime.endOf(day, zone));
    }

    public MilestoneKey key() {
        return milestone.key();
    }

    public boolean isDueAt(Instant now) {
        return !now.isBefore(dueAt) && now.isBefore(staleAt);
    }

    /** The user's wall-clock time at {@code now} in the nudge's zone, as {@link NudgePolicy#decide} takes it. */
    public LocalDateTime localDateTime(Instant now) {
        return LocalDateTime.ofInstant(now, zone);
    }
}
