package app.limber.catalog.seed;

import app.limber.catalog.domain.ExerciseInput;

/**
 * One exercise of the seed file. {@code hash} fingerprints the entry as written (comments and key
 * order aside), so a loader can tell an entry it already applied from one somebody changed.
 */
public record SeedEntry(String slug, int version, String hash, ExerciseInput input) {
}
