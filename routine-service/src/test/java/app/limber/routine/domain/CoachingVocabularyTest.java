package app.limber.routine.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitation codes and coaching scopes. */
class CoachingVocabularyTest {

    @Test
    void codesUseOnlyUnambiguousSymbolsAndMatchTheirOwnPattern() {
        Random random = new Random(14);
        Pattern pattern = Pattern.compile(InvitationCode.PATTERN);
        for (int i = 0; i < 1_000; i++) {
            String code = InvitationCode.generate(random);
            assertTrue(pattern.matcher(code).matches(), code);
            assertTrue(code.chars().noneMatch(c -> "01ILO".indexOf(c) >= 0), code);
            assertTrue(pattern.matcher(code.toLowerCase()).matches(), "either case: " + code);
        }
        assertEquals(31, InvitationCode.ALPHABET.chars().distinct().count());
        assertFalse(pattern.matcher("ABCDEFGHJKM").matches(), "eleven symbols are too few");
        assertFalse(pattern.matcher("ABCDEFGHJKMO").matches(), "O is not a symbol");
    }

    @Test
    void aCodeHashesTheSameInEitherCaseAndNeverToItself() {
        assertEquals(InvitationCode.hash("ABCDEFGHJKMN"), InvitationCode.hash("abcdefghjkmn"));
        assertNotEquals(InvitationCode.hash("ABCDEFGHJKMN"), InvitationCode.hash("ABCDEFGHJKMP"));
        assertEquals(64, InvitationCode.hash("ABCDEFGHJKMN").length());
    }

    @Test
    void scopesAreReadInAnyOrderAndListedInOne() {
        Set<CoachingScope> both = CoachingScope.read("scopes", List.of("assign-plans", "view-progress"));
        assertEquals(EnumSet.allOf(CoachingScope.class), both);
        assertEquals(List.of("view-progress", "assign-plans"), CoachingScope.terms(both));
    }

    @Test
    void unknownRepeatedOrNoScopesNameTheirPlace() {
        RoutineException refused = assertThrows(RoutineException.class,
                () -> CoachingScope.read("scopes", List.of("view-progress", "admin", "view-progress")));
        assertEquals(List.of("scopes[1]", "scopes[2]"), refused.violations().stream().map(Violation::field).toList());
        assertEquals("scopes", assertThrows(RoutineException.class, () -> CoachingScope.read("scopes", List.of()))
                .violations().get(0).field());
    }
}
