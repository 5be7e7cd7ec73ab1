package app.limber.catalog.persistence;

import app.limber.testing.Database;
import app.limber.catalog.Exercises;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A database written before sources were cited by title and address holds the seed corpus's file
 * names in them; the migration removes those and keeps every source, in order.
 */
@QuarkusTest
class SourcesMigrationTest {

    private static final String MIGRATION = "db/migration/V3__exercise_sources_title_and_url.sql";

    @Test
    void storedArticleFileNamesAreRemovedAndTitlesKept() throws Exception {
        String slug = Exercises.uniqueSlug("legacy-sources");
        Database.update("insert into exercise (slug, version, name, summary, steps, category, target_areas, equipment,"
                + " position, per_side, prescription, sources, search_names) values (?, 1, 'Legacy Calf Drop',"
                + " 'Heels below the step.', '{\"Drop the heels.\"}', 'stretch', '{calves}', '{step-or-bench}', 'standing',"
                + " false, '{\"holdSeconds\": {\"min\": 20, \"max\": 30}, \"perSide\": false}'::jsonb, ?::jsonb,"
                + " 'Legacy Calf Drop')", slug,
                "[{\"title\": \"Hip Mobility Exercises and Stretches for Runners\", \"article\": \"000_3e4366448e809bab.txt\"},"
                        + " {\"title\": \"A page\", \"url\": \"https://example.org/calves\"}]");

        try (InputStream in = getClass().getClassLoader().getResourceAsStream(MIGRATION);
             Connection c = Database.connect(); Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        given().get("/exercises/" + slug).then().statusCode(200).body("sources", equalTo(List.of(
                Map.of("title", "Hip Mobility Exercises and Stretches for Runners"),
                Map.of("title", "A page", "url", "https://example.org/calves"))));
    }
}
