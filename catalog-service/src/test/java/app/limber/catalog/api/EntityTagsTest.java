package app.limber.catalog.api;

import app.limber.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

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
        assertTrue(EntityTags.ifMatch("\"3\"", true).test(3));
        assertTrue(EntityTags.ifMatch("\"2\",\"3\"", true).test(3));
        assertFalse(EntityTags.ifMatch("W/\"3\"", true).test(3));
        assertFalse(EntityTags.ifMatch("\"2\"", true).test(3));
        assertTrue(EntityTags.ifMatch("*", true).test(3));
        assertTrue(EntityTags.ifMatch(null, false).test(3));
    }

    @Test
    void missingOrMalformedIfMatch() {
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.ifMatch(null, true)).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> EntityTags.ifMatch("3", true)).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> EntityTags.noneMatchHits("\"3", 3)).problem().status());
    }
}
