package app.limber.catalog.api;

import app.limber.platform.problem.Problem;
import app.limber.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityTagsTest {

    @Test
    void tagIsTheQuotedVersion() {
        assertEquals("\"12\"", EntityTags.of(12));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.noneMatchHits("\"3\"", 3));
        assertTrue(EntityTags.noneMatchHits("W/\"3\"", 3));
        assertTrue(EntityTags.noneMatchHits("\"1\", \"3\"", 3));
        assertTrue(EntityTags.noneMatchHits("*", 3));
        assertFalse(EntityTags.noneMatchHits("\"2\"", 3));
        assertFalse(EntityTags.noneMatchHits(null, 3));
    }

    @Test
    void ifMatchComparesStrongly() {
        assertTrue(EntityTags.ifMatch("\"3\"").orElseThrow().test(3));
        assertTrue(EntityTags.ifMatch("\"2\",\"3\"").orElseThrow().test(3));
        assertFalse(EntityTags.ifMatch("W/\"3\"").orElseThrow().test(3));
        assertFalse(EntityTags.ifMatch("\"2\"").orElseThrow().test(3));
        assertTrue(EntityTags.ifMatch("*").orElseThrow().test(3));
        assertEquals(Optional.empty(), EntityTags.ifMatch(null));
        assertEquals(Optional.empty(), EntityTags.ifMatch(" "));
    }

    @Test
    void malformedTagsAre400() {
        assertEquals(400, assertThrows(ProblemException.class, () -> EntityTags.ifMatch("3")).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> EntityTags.noneMatchHits("\"3", 3)).problem().status());
    }

    @Test
    void theAnswerToAMissingIfMatchNamesTheCurrentVersion() {
        Problem problem = EntityTags.required("half-pigeon", 3).problem();
        assertEquals(428, problem.status());
        assertTrue(problem.detail().contains("If-Match: \"3\""), problem.detail());
    }
}
