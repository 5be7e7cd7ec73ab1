package app.limber.routine.messaging;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatchUpTrackerTest {

    private static final Map<Integer, Long> NOTHING_COMMITTED = Map.of();

    @Test
    void anEmptyTopicIsCaughtUpAtOnce() {
        CatchUpTracker tracker = new CatchUpTracker();
        tracker.aimAt(Map.of(0, 0L, 1, 0L));
        assertEquals(0, tracker.behind(NOTHING_COMMITTED));
        assertTrue(tracker.caughtUp());
    }

    @Test
    void behindUntilEveryPartitionsLastRecordAtStartIsHandled() {
        CatchUpTracker tracker = new CatchUpTracker();
        tracker.aimAt(Map.of(0, 3L, 1, 2L, 2, 0L));
        assertEquals(5, tracker.behind(NOTHING_COMMITTED));
        tracker.handled(0, 0);
        tracker.handled(0, 1);
        tracker.handled(1, 0);
        assertEquals(2, tracker.behind(NOTHING_COMMITTED));
        tracker.handled(0, 2);
        assertEquals(1, tracker.behind(NOTHING_COMMITTED));
        assertFalse(tracker.caughtUp());
        tracker.handled(1, 1);
        assertEquals(0, tracker.behind(NOTHING_COMMITTED));
        assertTrue(tracker.caughtUp());
    }

    @Test
    void recordsTheGroupCommittedEarlierOrElsewhereCountAsApplied() {
        CatchUpTracker tracker = new CatchUpTracker();
        tracker.aimAt(Map.of(0, 10L, 1, 4L));
        tracker.handled(1, 3);
        assertEquals(3, tracker.behind(Map.of(0, 7L)));
        assertEquals(0, tracker.behind(Map.of(0, 10L)));
    }

    @Test
    void recordsThatNoLongerExistAreNotWaitedFor() {
        CatchUpTracker tracker = new CatchUpTracker();
        tracker.noneBelow(Map.of(0, 40L, 1, 0L));
        tracker.aimAt(Map.of(0, 42L, 1, 0L));
        assertEquals(2, tracker.behind(NOTHING_COMMITTED));
        tracker.handled(0, 41);
        assertEquals(0, tracker.behind(NOTHING_COMMITTED));
    }

    @Test
    void theTargetIsTheFirstOneAndRecordsHandledBeforeItWasSetCount() {
        CatchUpTracker tracker = new CatchUpTracker();
        tracker.handled(0, 4);
        tracker.aimAt(Map.of(0, 5L));
        tracker.aimAt(Map.of(0, 9L));
        assertEquals(0, tracker.behind(NOTHING_COMMITTED));
    }

    @Test
    void onceCaughtUpItStaysSoWhateverTheGroupReports() {
        CatchUpTracker tracker = new CatchUpTracker();
        tracker.aimAt(Map.of(0, 1L));
        tracker.handled(0, 0);
        assertEquals(0, tracker.behind(NOTHING_COMMITTED));
        tracker.aimAt(Map.of(0, 100L));
        assertEquals(0, tracker.behind(NOTHING_COMMITTED));
        assertTrue(tracker.caughtUp());
    }
}
