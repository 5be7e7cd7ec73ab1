package app.limber.routine.seed;

import app.limber.routine.domain.Prescription;
import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.Range;
import app.limber.routine.domain.RoutineContent;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.domain.RoutineSource;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the seed YAML ({@code routines: [...]}) into templates; rejects a file it cannot trust. */
public final class SeedFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file as written: items name their exercise as {@code exercise}. */
    record Document(List<Entry> routines) {
    }

    record Entry(String slug, String name, String description, Purpose purpose, Range rounds, RoutineSource source,
                 List<Item> items) {
    }

    record Item(String exercise, Prescription prescription, Integer restSeconds) {
    }

    private SeedFile() {
    }

    public static List<SeedTemplate> read(InputStream yaml) {
        Document document;
        try {
            document = YAML.readValue(yaml, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file is not readable YAML of routines", e);
        }
        if (document == null || document.routines() == null) {
            throw new IllegalArgumentException("seed file has no 'routines' list");
        }
        List<SeedTemplate> templates = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Entry entry : document.routines()) {
            SeedTemplate template = template(entry);
            if (!slugs.add(template.slug())) {
                throw new IllegalArgumentException("seed file lists " + template.slug() + " twice");
            }
            templates.add(template);
        }
        return templates;
    }

    private static SeedTemplate template(Entry entry) {
        if (entry.slug() == null || entry.name() == null || entry.purpose() == null || entry.rounds() == null
                || entry.items() == null || entry.items().isEmpty()) {
            throw new IllegalArgumentException("seed routine " + entry.slug() + " needs slug, name, purpose, rounds and items");
        }
        List<RoutineItem> items = entry.items().stream()
                .map(i -> new RoutineItem(i.exercise(), i.prescription(), i.restSeconds() == null ? 0 : i.restSeconds()))
                .toList();
        return new SeedTemplate(entry.slug(),
                new RoutineContent(entry.name(), entry.description(), entry.purpose(), entry.rounds(), items),
                entry.source());
    }
}
