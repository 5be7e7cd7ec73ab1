package app.limber.catalog.seed;

import app.limber.catalog.domain.ExerciseInput;

import java.util.Map;

/**
 * One exercise of the seed file. {@code hash} fingerprints the entry as written (comments and key
 * order aside), so a loader can tell an entry it already applied from one somebody changed.
 * {@code articles} is the entry's provenance: each corpus article its sources name (the file in the
 * seed corpus) with the title the entry cites it by. The catalog keeps only the titles.
 */
public record SeedEntry(String slug, int version, String hash, ExerciseInput input, Map<String, String> articles) {

    public SeedEntry {
        articles = Map.copyOf(articles);
    }
}
