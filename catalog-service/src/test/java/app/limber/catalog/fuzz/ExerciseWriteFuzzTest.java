package app.limber.catalog.fuzz;

import app.limber.testing.security.HostileBodies;
import app.limber.catalog.Exercises;
import app.limber.testing.TestTokens;
import app.limber.testing.security.BoundaryValues;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.FuzzRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile bodies, slugs and If-Match headers against the admin writes: never a 5xx, every 4xx a problem document,
 * and nothing stored or published for a rejected request.
 */
@QuarkusTest
class ExerciseWriteFuzzTest {

    private static final int GENERATED = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String admin = TestTokens.token("fuzz-admin", "admin");

    @Test
    void createAnswersHostileBodiesWithProblems() throws Exception {
        JsonNode template = JSON.valueToTree(Exercises.body(Exercises.uniqueSlug("fuzz-new")));
        List<FuzzCase> cases = HostileBodies.bodies("POST", "/exercises", template, GENERATED);

        try (CatalogState state = CatalogState.open()) {
            FuzzRun.send("POST /exercises", cases, admin, state::snapshot).assertClean();
        }
    }

    @Test
    void replaceAnswersHostileBodiesAndPreconditionsWithProblems() throws Exception {
        String slug = Exercises.uniqueSlug("fuzz-put");
        Exercises.create(Exercises.body(slug));
        JsonNode template = JSON.valueToTree(Exercises.body(slug));
        List<FuzzCase> cases = new ArrayList<>();
        HostileBodies.bodies("PUT", "/exercises/" + slug, template, GENERATED)
                .forEach(c -> cases.add(c.withHeader("If-Match", "\"1\"")));
        hostileIfMatch().forEach(tag -> cases.add(FuzzCase.json("If-Match " + tag, "PUT", "/exercises/" + slug,
                template.toString()).withHeader("If-Match", tag)));
        HostileBodies.pathSegments(40).forEach(segment -> cases.add(FuzzCase.json("path " + segment, "PUT",
                "/exercises/" + segment, template.toString()).withHeader("If-Match", "\"1\"")));

        try (CatalogState state = CatalogState.open()) {
            FuzzRun.send("PUT /exercises/{slug}", cases, admin, state::snapshot).assertClean();
        }
    }

    @Test
    void retireAnswersHostileSlugsAndPreconditionsWithProblems() throws Exception {
        String slug = Exercises.uniqueSlug("fuzz-retire");
        Exercises.create(Exercises.body(slug));
        List<FuzzCase> cases = new ArrayList<>();
        hostileIfMatch().forEach(tag -> cases.add(FuzzCase.bodiless("If-Match " + tag, "DELETE", "/exercises/" + slug)
                .withHeader("If-Match", tag)));
        HostileBodies.pathSegments(GENERATED).forEach(segment ->
                cases.add(FuzzCase.bodiless("path " + segment, "DELETE", "/exercises/" + segment)));

        try (CatalogState state = CatalogState.open()) {
            FuzzRun.send("DELETE /exercises/{slug}", cases, admin, state::snapshot).assertClean();
        }
    }

    /** Entity tags that are not the current one ("1"), malformed, or absurd. */
    private static List<String> hostileIfMatch() {
        List<String> tags = new ArrayList<>(List.of("\"2\"", "\"0\"", "\"-1\"", "W/\"1\"", "1", "\"\"", "\"",
                "\"99999999999999999999\"", "\"1\", \"2\"", "\"abc\"", " ", "\"1\" garbage"));
        BoundaryValues.all().stream().filter(JsonNode::isTextual).map(JsonNode::textValue)
                .filter(t -> t.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f) && t.length() < 200)
                .forEach(tags::add);
        return tags;
    }
}
