package app.limber.routine.support;

import java.util.Arrays;
import java.util.stream.Collectors;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.coach;

/** Coaching relationships set up through the API. */
public final class Coaching {

    public static final String VIEW_PROGRESS = "view-progress";
    public static final String ASSIGN_PLANS = "assign-plans";

    private Coaching() {
    }

    /** A fresh invitation code of the coach. */
    public static String invite(String coach) {
        return coach(coach).post("/coach/invitations").then().statusCode(201).extract().path("code");
    }

    public static String acceptBody(String code, String... scopes) {
        String list = Arrays.stream(scopes).map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        return "{\"code\":\"" + code + "\",\"scopes\":[" + list + "]}";
    }

    /** The athlete accepts a fresh invitation of the coach, granting {@code scopes}. */
    public static void link(String athlete, String coach, String... scopes) {
        athlete(athlete).body(acceptBody(invite(coach), scopes)).post("/me/coaches").then().statusCode(201);
    }
}
