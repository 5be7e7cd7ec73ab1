package app.limber.progress.domain;

import java.util.List;
import java.util.Objects;

/**
 * The routine as prescribed when a session was recorded ({@code prescription} of {@code limber.session.completed.v1}).
 *
 * @param roundsMin the fewest rounds prescribed
 * @param items     the routine's items, by position from 1
 */
public record SessionPrescription(int roundsMin, int roundsMax, List<Item> items) {

    public SessionPrescription {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** A prescribed per-set range; a range that does not apply is null. */
    public record Range(int min, int max) {
    }

    /** One item: its exercise, whether its numbers apply to each side, and what it asks per set. */
    public record Item(int position, String exerciseSlug, boolean perSide, Range sets, Range reps, Range holdSeconds,
                       Range durationSeconds) {
    }
}
