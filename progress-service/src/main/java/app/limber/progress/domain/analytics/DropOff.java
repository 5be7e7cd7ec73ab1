package app.limber.progress.domain.analytics;

import java.util.Collection;
import java.util.OptionalInt;

/**
 * Where a session stopped: the position of its last completed item (the highest position among the items it
 * completed). A session that completed every item "drops off" at the last one, which is where it ended; one that
 * completed none drops off nowhere, and counts toward no item's drop-off.
 */
public final class DropOff {

    private DropOff() {
    }

    public static OptionalInt lastCompletedPosition(Collection<ItemOutcome> items) {
        return items.stream().filter(ItemOutcome::completed).mapToInt(ItemOutcome::position).max();
    }
}
