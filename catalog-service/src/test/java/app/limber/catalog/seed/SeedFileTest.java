package app.limber.catalog.seed;

import app.limber.catalog.domain.ExerciseInput.SourceInput;
import app.limber.catalog.domain.ExerciseValidator;
import app.limber.catalog.domain.Slugs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedFileTest {

    private static List<SeedEntry> read(String yaml) {
        return SeedFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String ENTRY = """
            exercises:
              - slug: calf-drop
                name: Calf Drop   # a comment
                summary: Heels below the step.
                steps: [Stand on the step., Drop the heels.]
                category: stretch
                targetAreas: [calves]
                equipment: [step-or-bench]
                position: standing
                perSide: false
                prescription: {holdSeconds: {min: 20, max: 30}}
                version: 1
            """;

    private static final String SOURCES_AT = "    version: 1\n";

    @Test
    void theShippedSeedHas37ValidExercises() throws Exception {
        List<SeedEntry> entries = SeedLoadTest.seedEntries();
        assertEquals(37, entries.size());
        for (SeedEntry entry : entries) {
            assertTrue(Slugs.isValid(entry.slug()), entry.slug());
            ExerciseValidator.validate(entry.input());
        }
    }

    @Test
    void commentsAndKeyOrderDoNotChangeTheHash() {
        String reordered = ENTRY.replace("    name: Calf Drop   # a comment\n", "")
                .replace("    version: 1\n", "    version: 1\n    name: Calf Drop\n");
        assertEquals(read(ENTRY).get(0).hash(), read(reordered).get(0).hash());
    }

    @Test
    void anyChangeOfContentOrVersionChangesTheHash() {
        String hash = read(ENTRY).get(0).hash();
        assertNotEquals(hash, read(ENTRY.replace("max: 30", "max: 45")).get(0).hash());
        assertNotEquals(hash, read(ENTRY.replace("version: 1", "version: 2")).get(0).hash());
    }

    @Test
    void versionIsReadAndKeptOutOfTheContent() {
        SeedEntry entry = read(ENTRY.replace("version: 1", "version: 3")).get(0);
        assertEquals(3, entry.version());
        assertEquals("calf-drop", entry.input().slug());
    }

    @Test
    void aSourcesArticleIsProvenanceKeptOutOfTheContent() {
        SeedEntry entry = read(ENTRY.replace(SOURCES_AT, "    sources: [{title: Calf Care, article: 009_0123456789abcdef.txt}]\n" + SOURCES_AT)).get(0);
        assertEquals(List.of(new SourceInput("Calf Care", null)), entry.input().sources());
        assertEquals(Map.of("009_0123456789abcdef.txt", "Calf Care"), entry.articles());
    }

    @Test
    void everyShippedEntryNamesItsArticlesAndEachArticleHasOneTitle() throws Exception {
        Map<String, String> titles = new HashMap<>();
        for (SeedEntry entry : SeedLoadTest.seedEntries()) {
            assertFalse(entry.articles().isEmpty(), entry.slug() + " names no article");
            entry.articles().forEach((article, title) -> {
                assertTrue(article.matches("\\d{3}_[0-9a-f]{16}\\.txt"), entry.slug() + ": " + article);
                assertEquals(titles.computeIfAbsent(article, a -> title), title, entry.slug() + " cites " + article);
            });
        }
        assertEquals(3, titles.size(), titles.toString());
    }

    @Test
    void untrustworthyFilesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> read("exercise: []"));
        assertThrows(IllegalArgumentException.class, () -> read(ENTRY + ENTRY.substring(ENTRY.indexOf("  - slug"))));
        assertThrows(IllegalArgumentException.class, () -> read(ENTRY.replace("    version: 1\n", "")));
        assertThrows(RuntimeException.class, () -> read(ENTRY.replace("summary:", "sumary:")));
        assertThrows(RuntimeException.class, () -> read(ENTRY.replace(SOURCES_AT, "    sources: [{title: Calf Care, artcle: x.txt}]\n" + SOURCES_AT)));
        assertThrows(IllegalArgumentException.class, () -> read(ENTRY.replace(SOURCES_AT, "    sources: [{title: Calf Care, article: 9}]\n" + SOURCES_AT)));
    }
}
