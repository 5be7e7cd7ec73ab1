package app.limber.routine.domain;

import app.limber.routine.support.Contracts;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routine keeps its own copy of the controlled vocabulary; these checks hold it to the contracts' common
 * schema, so that a term added, removed or renamed on either side fails the build.
 */
class VocabularyContractTest {

    private static final List<String> PURPOSES = Arrays.stream(Purpose.values()).map(Purpose::term).toList();

    @Test
    void purposesAreTheContractsPurposes() {
        assertSameTerms("purpose", PURPOSES);
    }

    @Test
    void anUnknownPurposeIsToldEveryPurpose() {
        assertEquals("unknown value 'sprint'; one of " + String.join(", ", PURPOSES), Purpose.unknown("sprint"));
    }

    @Test
    void categoriesTargetAreasEquipmentAndPositionsAreTheContracts() {
        assertSameTerms("category", Vocabulary.CATEGORIES);
        assertSameTerms("targetArea", Vocabulary.TARGET_AREAS);
        assertSameTerms("equipment", Vocabulary.EQUIPMENT);
        assertSameTerms("position", Vocabulary.POSITIONS);
    }

    @Test
    void sidesAreTheContractsAndThePatternNamesEachOfThem() {
        assertSameTerms("side", Vocabulary.SIDES);
        assertEquals(String.join("|", Vocabulary.SIDES), Vocabulary.SIDE_PATTERN);
    }

    @Test
    void theComposerUsesOnlyVocabularyTerms() {
        for (Purpose purpose : Purpose.values()) {
            PurposeProfile profile = PurposeProfile.of(purpose);
            assertTrue(Vocabulary.CATEGORIES.containsAll(profile.preferred()), purpose + ": " + profile.preferred());
            assertTrue(Vocabulary.CATEGORIES.containsAll(profile.sequence()), purpose + ": " + profile.sequence());
            assertEquals(new TreeSet<>(Vocabulary.POSITIONS), new TreeSet<>(profile.positions()),
                    purpose + " orders every position");
        }
    }

    private static void assertSameTerms(String definition, Collection<String> routine) {
        assertEquals(routine.size(), new HashSet<>(routine).size(), definition + " lists a term twice: " + routine);
        assertEquals(new TreeSet<>(Contracts.commonEnum(definition)), new TreeSet<>(routine),
                definition + ": limber.common.v1 (expected) and routine-service (actual) differ");
    }
}
