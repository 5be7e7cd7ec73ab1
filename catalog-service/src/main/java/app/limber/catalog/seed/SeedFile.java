package app.limber.catalog.seed;

import app.limber.catalog.domain.ExerciseInput;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the seed YAML ({@code exercises: [...]}) into entries; rejects a file it cannot trust. */
public final class SeedFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private SeedFile() {
    }

    public static List<SeedEntry> read(InputStream yaml) {
        try {
            JsonNode root = YAML.readTree(yaml);
            JsonNode list = root == null ? null : root.get("exercises");
            if (list == null || !list.isArray()) {
                throw new IllegalArgumentException("seed file has no 'exercises' list");
            }
            List<SeedEntry> entries = new ArrayList<>();
            Set<String> slugs = new HashSet<>();
            for (JsonNode node : list) {
                SeedEntry entry = entry(node);
                if (!slugs.add(entry.slug())) {
                    throw new IllegalArgumentException("seed file lists " + entry.slug() + " twice");
                }
                entries.add(entry);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("seed file is not readable YAML", e);
        }
    }

    private static SeedEntry entry(JsonNode node) throws IOException {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("seed entry is not a mapping: " + node);
        }
        String hash = hash(object);
        ObjectNode content = object.deepCopy();
        JsonNode version = content.remove("version");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw new IllegalArgumentException("seed entry " + object.path("slug").asText("?") + " needs a version >= 1");
        }
        Map<String, String> articles = removeArticles(content);
        ExerciseInput input = YAML.treeToValue(content, ExerciseInput.class);
        return new SeedEntry(input.slug(), version.asInt(), hash, input, articles);
    }

    /**
     * A seed source may name the corpus article it comes from ({@code article}, a file of the seed
     * corpus): provenance for the seed's readers, which the catalog does not show, so it is taken out
     * before the entry is read as an admin's input would be.
     */
    private static Map<String, String> removeArticles(ObjectNode content) {
        Map<String, String> articles = new LinkedHashMap<>();
        for (JsonNode source : content.path("sources")) {
            JsonNode article = source instanceof ObjectNode object ? object.remove("article") : null;
            if (article != null) {
                if (!article.isTextual() || article.asText().isBlank()) {
                    throw new IllegalArgumentException("seed entry " + content.path("slug").asText("?")
                            + " names an article that is not a file name: " + article);
                }
                articles.put(article.asText(), source.path("title").asText(""));
            }
        }
        return articles;
    }

    private static String hash(ObjectNode entry) throws IOException {
        Object plain = CANONICAL.convertValue(entry, Map.class);
        byte[] canonical = CANONICAL.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
