package app.limber.platform.api;

import app.limber.platform.problem.Problem;
import app.limber.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParametersTest {

    private final QueryParameters params = new QueryParameters();

    @Test
    void absentValuesTakeTheirDefaults() {
        assertEquals(LocalDate.of(2026, 12, 1), params.date("from", null, LocalDate.of(2026, 12, 1)));
        assertEquals(20, params.integer("size", " ", 20, 1, 100));
        assertNull(params.uuid("routineId", null));
        assertNull(params.bool("perSide", ""));
        assertEquals(new PageRequest(0, 20), params.page(null, null));
        params.validate();
    }

    @Test
    void goodValuesAreRead() {
        assertEquals(LocalDate.of(2026, 2, 28), params.date("to", "2026-02-28", null));
        assertEquals(7, params.integer("weeks", "7", 8, 1, 52));
        assertEquals(UUID.fromString("f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea"),
                params.uuid("routineId", "f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea"));
        assertEquals(Boolean.FALSE, params.bool("perSide", "false"));
        assertEquals(new PageRequest(3, 50), params.page("3", "50"));
        params.validate();
    }

    @Test
    void everyBadParameterIsNamedOnceWithItsMessage() {
        params.date("from", "2026-13-01", null);
        params.date("to", "1969-12-31", null);
        params.integer("weeks", "2.5", 8, 1, 52);
        params.uuid("routineId", "1-1-1-1-1");
        params.bool("perSide", "yes");
        params.page("-1", "101");

        List<Problem.FieldError> errors = errors();

        assertEquals(List.of(
                new Problem.FieldError("from", "must be a date such as 2026-12-01"),
                new Problem.FieldError("to", "must be a date from 1970-01-01 to 9999-12-31"),
                new Problem.FieldError("weeks", "must be a whole number from 1 to 52"),
                new Problem.FieldError("routineId", "must be a UUID"),
                new Problem.FieldError("perSide", "must be true or false"),
                new Problem.FieldError("page", "must be a whole number from 0 to " + PageRequest.MAX_PAGE),
                new Problem.FieldError("size", "must be a whole number from 1 to 100")), errors);
    }

    @Test
    void termsAcceptRepeatsAndCommasAndNameTheUnknownOnes() {
        Map<String, String> vocabulary = new LinkedHashMap<>();
        vocabulary.put("calves", "CALVES");
        vocabulary.put("glutes", "GLUTES");

        assertEquals(List.of("CALVES", "GLUTES"), params.terms("target", List.of("calves,glutes", "calves"), vocabulary));
        params.validate();

        params.terms("target", List.of("biceps"), vocabulary);
        assertEquals(List.of(new Problem.FieldError("target", "unknown value 'biceps'; one of calves, glutes")), errors());
    }

    @Test
    void aRangeIsOrderedAndBoundedInTheUnitItIsDocumentedIn() {
        params.days(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1), 366);
        assertEquals(List.of(new Problem.FieldError("to", "must not be before from")), errors());

        QueryParameters days = new QueryParameters();
        days.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10), 10);
        days.validate();
        days.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11), 10);
        assertEquals("to: must be at most 10 days after from", assertThrows(ProblemException.class, days::validate).problem().detail());

        QueryParameters weeks = new QueryParameters();
        // from a Sunday, whose ISO week began on Monday 2025-12-29, to the last day of the 106th week
        weeks.weeks(LocalDate.of(2026, 1, 4), LocalDate.of(2025, 12, 29).plusWeeks(105).plusDays(6), 106);
        weeks.validate();
        weeks.weeks(LocalDate.of(2026, 1, 4), LocalDate.of(2025, 12, 29).plusWeeks(106), 106);
        assertEquals("to: must be at most 106 weeks after from", assertThrows(ProblemException.class, weeks::validate).problem().detail());
    }

    private List<Problem.FieldError> errors() {
        ProblemException problem = assertThrows(ProblemException.class, params::validate);
        assertEquals(400, problem.problem().status());
        return problem.problem().errors();
    }
}
