package app.limber.catalog.seed;

import app.limber.catalog.domain.ExerciseValidator;
import app.limber.catalog.domain.Slugs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void untrustworthyFilesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> read("exercise: []"));
        assertThrows(IllegalArgumentException.class, () -> read(ENTRY + ENTRY.substring(ENTRY.indexOf("  - slug"))));
        assertThrows(IllegalArgumentException.class, () -> read(ENTRY.replace("    version: 1\n", "")));
        assertThrows(RuntimeException.class, () -> read(ENTRY.replace("summary:", "sumary:")));
    }
}
