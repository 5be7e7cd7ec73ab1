package app.limber.routine.fuzz;

import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.testing.security.ProblemResponses;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static app.limber.routine.support.Api.athlete;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Input Java accepts but PostgreSQL cannot store (dates beyond its range, NUL characters in text) must be a 400
 * naming the field, not a 500 from the database.
 */
@QuarkusTest
class OutOfRangeInputTest extends FuzzingAsAthlete {

    @ParameterizedTest
    @ValueSource(strings = {"\"+999999999-12-31\"", "\"-999999999-01-01\"", "2147483646"})
    void planDatesBeyondWhatTheDatabaseStores(String date) {
        String startsLater = Plans.body(Plans.WARM_UP_TEMPLATE, 3, "Europe/Berlin", "2026-11-16", null)
                .replace("\"2026-11-16\"", date);
        expectBadRequest(athlete(user).body(startsLater).post("/plans"));
        String endsLater = Plans.body(Plans.WARM_UP_TEMPLATE, 3, "Europe/Berlin", "2026-11-16", "2027-01-01")
                .replace("\"2027-01-01\"", date);
        expectBadRequest(athlete(user).body(endsLater).post("/plans"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01"})
    void sessionListingWithDatesBeyondWhatTheDatabaseStores(String date) {
        expectBadRequest(athlete(user).queryParam("from", date).get("/sessions"));
        expectBadRequest(athlete(user).queryParam("to", date).get("/sessions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "21474837", "2147483648", "1e3", "0x10", "", " ", "9999999999999999999999"})
    void pagingBeyondItsBoundsOnEveryList(String value) {
        for (String list : new String[] {"/routines", "/plans", "/sessions"}) {
            String page = value.isBlank() ? "abc" : value;
            expectBadRequest(athlete(user).queryParam("page", page).get(list));
            expectBadRequest(athlete(user).queryParam("size", value.isBlank() ? "0" : value).get(list));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "description"})
    void nulCharactersInRoutineText(String field) {
        String body = field.equals("name") ? Routines.body("a\\u0000b")
                : Routines.body("ok").replace("after easy runs", "a\\u0000b");
        expectBadRequest(athlete(user).body(body).post("/routines"));
    }

    private static void expectBadRequest(Response response) {
        assertEquals(Optional.empty(), ProblemResponses.mismatch(response, 400));
    }
}
