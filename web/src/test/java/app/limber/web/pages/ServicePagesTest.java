package app.limber.web.pages;

import app.limber.web.session.Visitor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages against stand-in services: what a page asks the services for, and what it shows of their answers. */
@QuarkusTest
@TestProfile(StubServices.Profile.class)
class ServicePagesTest {

    private static final String WARM_UP = "f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea";
    private static final String STRENGTH = "195dc133-b9a5-3c41-8543-d10d85315283";

    @BeforeEach
    void forget() {
        StubServices.REQUESTS.clear();
        StubServices.ANSWERS.clear();
    }

    @Test
    void theAnalystsExerciseTableAndItsCsvFollowTheChosenRoutine() {
        StubServices.answer("/routines", """
                {"items":[{"id":"%s","name":"Warm-up"},{"id":"%s","name":"Strength"}],"page":0,"size":100,"total":2}"""
                .formatted(WARM_UP, STRENGTH));
        StubServices.answer("/analytics/exercises", """
                {"from":"2026-09-07","to":"2026-12-02","exercises":[{"exerciseSlug":"clamshells","sessions":1,
                 "completedShare":1.0,"skippedShare":0.0,"meanDoseRatio":1.0,"meanEffort":6.0,"meanDiscomfort":2.0}]}""");
        String session = signIn("an-analyst", "analyst");

        String page = browser(session).get("/analytics/routines?routineId=" + STRENGTH).then().statusCode(200).extract().asString();

        List<String> asked = StubServices.requestsTo("/analytics/exercises");
        assertEquals(1, asked.size(), "one report: " + StubServices.REQUESTS);
        assertTrue(asked.get(0).contains("routineId=" + STRENGTH), "the exercises of the chosen routine: " + asked);
        assertTrue(StubServices.requestsTo("/analytics/routines/" + STRENGTH + "/items").size() == 1, "its items too");
        Matcher csv = Pattern.compile("href=\"(/analytics/exercises\\.csv\\?[^\"]+)\" id=\"exercises-csv\"").matcher(page);
        assertTrue(csv.find(), page);
        String href = csv.group(1).replace("&amp;", "&");
        assertTrue(href.contains("routineId=" + STRENGTH), href);

        StubServices.REQUESTS.clear();
        browser(session).get(href).then().statusCode(200);
        List<String> downloaded = StubServices.requestsTo("/analytics/exercises");
        assertEquals(1, downloaded.size(), StubServices.REQUESTS.toString());
        assertTrue(downloaded.get(0).contains("routineId=" + STRENGTH), "the CSV of the chosen routine: " + downloaded);

        StubServices.REQUESTS.clear();
        browser(session).get("/analytics/routines").then().statusCode(200);
        assertTrue(StubServices.requestsTo("/analytics/exercises").get(0).contains("routineId=" + WARM_UP),
                "without a choice, the first routine listed: " + StubServices.REQUESTS);
    }

    @Test
    void aCoachSeesTheAthletesSessionsWithEffortAndDiscomfortAConcerningOneMarked() {
        String athlete = "ann";
        String base = "/coach/athletes/" + athlete;
        StubServices.answer(base + "/progress", """
                {"thisWeek":{"done":2,"target":3},"dailyStreak":{"current":1},"weeklyStreak":{"current":0},
                 "totals":{"sessions":2,"minutes":25},"adherence":{"last4Weeks":0.5,"allTime":0.5}}""");
        StubServices.answer(base + "/calendar", "{\"days\":[]}");
        StubServices.answer(base + "/alerts", "{\"items\":[]}");
        StubServices.answer("/coach/athletes", "{\"items\":[{\"athleteId\":\"ann\"}]}");
        StubServices.answer(base + "/plans", "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
        StubServices.answer("/routines", "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}");
        StubServices.answer(base + "/sessions", """
                {"items":[
                  {"id":"5e55a0a0-0000-4000-8000-000000000002","routineId":"%s","routineName":"Warm-up","localDate":"2026-12-02",
                   "durationSeconds":735,"effort":6,"discomfort":8,"exercises":[
                     {"exerciseSlug":"clamshells","side":"left","setsDone":1,"repsDone":10,"holdSeconds":0,"completed":true},
                     {"exerciseSlug":"clamshells","side":"right","setsDone":1,"repsDone":10,"holdSeconds":0,"completed":false}]},
                  {"id":"5e55a0a0-0000-4000-8000-000000000001","routineId":"%s","routineName":"Warm-up","localDate":"2026-11-30",
                   "durationSeconds":600,"effort":null,"discomfort":2,"exercises":[
                     {"exerciseSlug":"butt-kicks","side":"both","setsDone":1,"repsDone":0,"holdSeconds":20,"completed":true}]}],
                 "page":0,"size":20,"total":21}""".formatted(WARM_UP, WARM_UP));
        String session = signIn("a-coach", "coach");

        String page = browser(session).get(base).then().statusCode(200).extract().asString();

        assertEquals(List.of(base + "/sessions?size=20&page=0"), StubServices.requestsTo(base + "/sessions"));
        String table = page.substring(page.indexOf("<table id=\"sessions\">"), page.indexOf("</table>", page.indexOf("<table id=\"sessions\">")));
        assertTrue(table.contains("<caption"), "the table has a caption: " + table);
        assertTrue(table.contains("<th scope=\"col\">Effort</th><th scope=\"col\">Discomfort</th>"), table);
        List<String> rows = List.of(table.split("<tr data-session=")).subList(1, 3);
        assertTrue(rows.get(0).contains("class=\"concern\"") && rows.get(0).contains("8 <span class=\"flag\">of concern</span>"),
                "a discomfort of 8 is marked in words, not only colour: " + rows.get(0));
        assertTrue(rows.get(0).contains("<th scope=\"row\">2026-12-02</th><td>Warm-up</td><td>12 min 15 s</td><td>6</td>"), rows.get(0));
        assertTrue(rows.get(0).contains("1 of 2 done") && rows.get(0).contains("skipped: Clamshells (right)"), rows.get(0));
        assertFalse(rows.get(1).contains("concern"), "a discomfort of 2 is not: " + rows.get(1));
        assertTrue(rows.get(1).contains("<td>10 min</td><td>—</td><td class=\"discomfort\">2</td>"), "no effort given: " + rows.get(1));
        assertTrue(page.contains("Sessions 1–2 of 21, newest first"), "how many there are");
        assertTrue(page.contains("href=\"" + base + "?sessionsPage=1#sessions-heading\" id=\"older-sessions\""), "a link to older ones");

        StubServices.REQUESTS.clear();
        browser(session).get(base + "?sessionsPage=1").then().statusCode(200);
        assertEquals(List.of(base + "/sessions?size=20&page=1"), StubServices.requestsTo(base + "/sessions"));
    }

    @Test
    void aCoachSeesAdherencePerWeekAsDoneOfTargetWithMetInWords() {
        String athlete = "ann";
        String base = "/coach/athletes/" + athlete;
        StubServices.answer(base + "/progress", """
                {"thisWeek":{"done":0,"target":2},"dailyStreak":{"current":0},"weeklyStreak":{"current":0},
                 "totals":{"sessions":3,"minutes":90},"adherence":{"last4Weeks":0.75,"allTime":0.75}}""");
        StubServices.answer(base + "/calendar", "{\"days\":[]}");
        StubServices.answer(base + "/alerts", "{\"items\":[]}");
        StubServices.answer("/coach/athletes", "{\"items\":[{\"athleteId\":\"ann\"}]}");
        StubServices.answer(base + "/plans", "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
        StubServices.answer("/routines", """
                {"items":[{"id":"%s","name":"Warm-up"}],"page":0,"size":100,"total":1}""".formatted(WARM_UP));
        StubServices.answer(base + "/sessions", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
        String plan = "9a4e0000-0000-4000-8000-000000000001";
        StubServices.answer(base + "/weeks", """
                {"from":"2026-W38","to":"2026-W49","weeks":[
                  {"week":"2026-W47","weekStart":"2026-11-16","planId":"%1$s","routineId":"%2$s","done":2,"target":2,
                   "met":true,"settled":true,"adherence":1.0},
                  {"week":"2026-W48","weekStart":"2026-11-23","planId":"%1$s","routineId":"%2$s","done":1,"target":2,
                   "met":false,"settled":true,"adherence":0.5},
                  {"week":"2026-W49","weekStart":"2026-11-30","planId":"%1$s","routineId":"%3$s","done":0,"target":2,
                   "met":false,"settled":false,"adherence":0.0}]}""".formatted(plan, WARM_UP, STRENGTH));
        String session = signIn("a-coach", "coach");

        String page = browser(session).get(base).then().statusCode(200).extract().asString();

        assertEquals(List.of(base + "/weeks"), StubServices.requestsTo(base + "/weeks"), "the last 12 weeks, the service's default");
        int start = page.indexOf("<table id=\"adherence-weeks\">");
        assertTrue(start > 0, page);
        String table = page.substring(start, page.indexOf("</table>", start));
        assertTrue(table.contains("<caption"), "the table has a caption: " + table);
        assertTrue(page.contains("aria-labelledby=\"adherence-heading\" tabindex=\"0\""), "a labelled region the keyboard reaches");
        List<String> rows = List.of(table.split("<tr data-week=")).subList(1, 4);
        assertTrue(rows.get(0).contains("<th scope=\"row\">2026-W47</th><td>Warm-up</td><td>2 of 2</td><td class=\"week-met\">Met</td>"),
                "met, in words: " + rows.get(0));
        assertTrue(rows.get(0).contains("style=\"width: 100%\""), rows.get(0));
        assertTrue(rows.get(1).contains("<th scope=\"row\">2026-W48</th><td>Warm-up</td><td>1 of 2</td><td class=\"week-missed\">Not met</td>"),
                "a missed week, in words: " + rows.get(1));
        assertTrue(rows.get(1).contains("style=\"width: 50%\""), "half the target: " + rows.get(1));
        assertTrue(rows.get(2).contains("<td>A routine you cannot see</td><td>0 of 2</td><td class=\"week-open\">Not met yet (this week)</td>"),
                "the running week can still be met: " + rows.get(2));
    }

    private static RequestSpecification browser(String session) {
        return RestAssured.given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .cookie(Visitor.COOKIE, session);
    }

    private static String signIn(String user, String role) {
        RequestSpecification browser = RestAssured.given()
                .config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
        Response page = browser.get("/signin");
        String token = page.getCookie("limber_signin");
        Response signedIn = RestAssured.given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .cookie("limber_signin", token).formParam("_csrf", token).formParam("userId", user).formParam("role", role)
                .post("/signin");
        signedIn.then().statusCode(303);
        return signedIn.getCookie(Visitor.COOKIE);
    }
}
