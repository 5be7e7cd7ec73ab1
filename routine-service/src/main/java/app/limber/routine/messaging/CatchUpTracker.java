package app.limber.routine.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the catalog read model has come toward a target: the end offsets catalog.exercise-events had
 * when the service started. A partition is caught up once every record below its target has been applied,
 * here (this instance handled it) or by any instance of the consumer group (its committed offset, which
 * only ever passes applied records), or no longer exists. Once all partitions are caught up, it stays so:
 * later records are the ordinary flow of changes, not a start that is still under way. Thread-safe.
 */
@ApplicationScoped
class CatchUpTracker {

    private final Map<Integer, Long> handledUpTo = new ConcurrentHashMap<>();
    private volatile Map<Integer, Long> target;
    private volatile boolean caughtUp;

    /** Sets the target, by partition; only the first call counts. */
    synchronized void aimAt(Map<Integer, Long> endOffsets) {
        if (target == null) {
            target = Map.copyOf(endOffsets);
        }
    }

    boolean hasTarget() {
        return target != null;
    }

    /** Records below these offsets no longer exist (retention, deleted records): there is nothing to wait for. */
    void noneBelow(Map<Integer, Long> logStartOffsets) {
        logStartOffsets.forEach((partition, offset) -> handledUpTo.merge(partition, offset, Math::max));
    }

    /** The consumer is done with this record: applied, or dead-lettered. */
    void handled(int partition, long offset) {
        handledUpTo.merge(partition, offset + 1, Math::max);
    }

    boolean caughtUp() {
        return caughtUp;
    }

    /**
     * Records below the target that are not applied yet, counting as applied what the group has committed;
     * zero once caught up.
     *
     * @param committed the consumer group's committed offsets, by partition (absent: nothing committed)
     */
    long behind(Map<Integer, Long> committed) {
        if (caughtUp) {
            return 0;
        }
        Map<Integer, Long> aim = target;
        if (aim == null) {
            throw new IllegalStateException("no target yet");
        }
        long behind = 0;
        for (Map.Entry<Integer, Long> partition : aim.entrySet()) {
            long applied = Math.max(handledUpTo.getOrDefault(partition.getKey(), 0L),
                    committed.getOrDefault(partition.getKey(), 0L));
            behind += Math.max(0, partition.getValue() - applied);
        }
        if (behind == 0) {
            caughtUp = true;
        }
        return behind;
    }
}
