package app.limber.routine.support;

import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import org.awaitility.Awaitility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Feeds catalog.exercise-events the way catalog-service does (CloudEvents binary mode) and waits for the
 * routine service's read model to show the result.
 */
public final class CatalogEvents {

    public static final String TOPIC = "catalog.exercise-events";
    public static final String UPSERTED = "limber.exercise.upserted.v1";
    public static final String RETIRED = "limber.exercise.retired.v1";
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    /** What the read model holds for one slug. */
    public record Row(long version, String name, boolean retired) {
    }

    private CatalogEvents() {
    }

    public static void send(String type, String key, String json) {
        KafkaTopicProbe.send(TOPIC, key, json, headers(type));
    }

    /** The headers catalog-service puts on an event of this type. */
    public static Map<String, String> headers(String type) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_type", type);
        headers.put("ce_source", "/catalog-service");
        headers.put("content-type", "application/json");
        return headers;
    }

    public static void sendRaw(String key, String value, Map<String, String> headers) {
        KafkaTopicProbe.send(TOPIC, key, value, headers);
    }

    /** An upsert of a test-only exercise; its equipment keeps it out of every composed routine. */
    public static String testExercise(String slug, long version, String name) {
        return """
                {"eventId":"%s","occurredAt":"2026-11-20T10:00:00Z","exercise":{"slug":"%s","version":%d,"name":"%s",
                 "category":"strength","targetAreas":["glutes"],"equipment":["test-only-gear"],"position":"standing",
                 "perSide":false,"prescription":{"sets":{"min":2,"max":2},"reps":{"min":10,"max":10}},"futureField":1}}"""
                .formatted(UUID.randomUUID(), slug, version, name);
    }

    public static String retirement(String slug, long version) {
        return """
                {"eventId":"%s","occurredAt":"2026-11-20T11:00:00Z","slug":"%s","version":%d}"""
                .formatted(UUID.randomUUID(), slug, version);
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Optional<Row> row(String slug) {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select version, name, retired from catalog_exercise where slug = ?")) {
            s.setString(1, slug);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Row(r.getLong(1), r.getString(2), r.getBoolean(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Row awaitRow(String slug, java.util.function.Predicate<Row> condition) {
        return Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> row(slug).filter(condition).orElse(null), r -> r != null);
    }

    /** Publishes the catalog's seed exercises (once per JVM; topics outlive app starts) and waits until all are applied. */
    public static synchronized void ensureSeedCatalog() {
        if (!seedPublished) {
            for (String slug : SeedCatalog.slugs()) {
                send(UPSERTED, slug, SeedCatalog.upsertedPayload(slug));
            }
            seedPublished = true;
        }
        List<String> slugs = SeedCatalog.slugs();
        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .until(() -> slugs.stream().allMatch(s -> row(s).isPresent()));
    }

    private static boolean seedPublished;
}
