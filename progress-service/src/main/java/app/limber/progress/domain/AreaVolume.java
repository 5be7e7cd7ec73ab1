package app.limber.progress.domain;

import java.util.Objects;

/**
 * Training volume for one target area over all of a user's sessions.
 *
 * <p>Each exercise entry credits every area it lists in full (a glute bridge counts for glutes,
 * hamstrings and core alike; areas overlap, they are not shares). Work is counted as logged, whether
 * or not the entry was marked completed, since {@code setsDone} already says what was done. Entries
 * logged per side (left, right) are separate entries and so add up; a {@code both} entry counts once.
 *
 * @param sessions     sessions with at least one entry for the area
 * @param sets         sum of {@code setsDone}
 * @param reps         sum of {@code setsDone × repsDone}
 * @param holdSeconds  sum of {@code setsDone × holdSeconds}
 */
public record AreaVolume(String area, int sessions, long sets, long reps, long holdSeconds) {

    public AreaVolume {
        Objects.requireNonNull(area, "area");
    }
}
