package app.limber.progress.domain.milestone;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The nudges a user already has recorded, sent or suppressed, as a scheduler asks about them: is this due nudge one
 * of them? A week-at-risk or week-missed nudge is handled when its key is recorded. An {@code inactive} nudge is
 * handled when an inactive nudge was recorded on a day of its spell (after the day the spell is counted from): the
 * athlete was told during this stretch without training, so a session logged late for a day before the nudge, which
 * makes the spell count from that day, brings no second nudge. A session on the day of the nudge or later starts a
 * stretch of its own.
 */
public record HandledNudges(Set<MilestoneKey> keys, Optional<LocalDate> lastInactiveDay) {

    public static final HandledNudges NONE = new HandledNudges(Set.of(), Optional.empty());

    public HandledNudges {
        keys = Set.copyOf(keys);
        Objects.requireNonNull(lastInactiveDay, "lastInactiveDay");
    }

    /** These nudges, recorded on their local days. */
    public static HandledNudges of(Iterable<DueMilestone> recorded) {
        HandledNudges handled = NONE;
        for (DueMilestone due : recorded) {
            handled = handled.with(due);
        }
        return handled;
    }

    public boolean handles(DueMilestone due) {
        if (keys.contains(due.key())) {
            return true;
        }
        if (due.key().type() == MilestoneType.INACTIVE && due.key().period() instanceof MilestonePeriod.Since spell) {
            return lastInactiveDay.filter(day -> day.isAfter(spell.day())).isPresent();
        }
        return false;
    }

    /** With this due nudge recorded, on its local day. */
    public HandledNudges with(DueMilestone due) {
        return with(due.key(), due.localDate());
    }

    /** With a nudge of this key recorded on {@code localDate}, the user's day it was due on. */
    public HandledNudges with(MilestoneKey key, LocalDate localDate) {
        Objects.requireNonNull(localDate, "localDate");
        if (!key.type().isNudge()) {
            throw new IllegalArgumentException(key.type() + " is not a nudge");
        }
        Set<MilestoneKey> more = new HashSet<>(keys);
        more.add(key);
        Optional<LocalDate> lastInactive = key.type() != MilestoneType.INACTIVE ? lastInactiveDay
                : Optional.of(lastInactiveDay.filter(day -> day.isAfter(localDate)).orElse(localDate));
        return new HandledNudges(more, lastInactive);
    }
}
