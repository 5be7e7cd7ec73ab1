package app.limber.routine.fuzz;

import app.limber.routine.support.Coaching;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Sessions;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.HostileBodies;
import app.limber.testing.security.NonJsonBodies;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;

/**
 * Both sides of coaching with hostile input: accepting and ending as the athlete, everything a coach writes, and a
 * coach's (or an admin's) reading of an athlete's sessions.
 */
@QuarkusTest
class CoachingFuzzTest extends FuzzingAsAthlete {

    @Test
    void theAthletesCoachingWritesAnswerHostileRequestsWithProblems() throws Exception {
        String coach = newUser();
        Coaching.link(user, coach, VIEW_PROGRESS);
        JsonNode accept = JSON.readTree(Coaching.acceptBody(Coaching.invite(newUser()), VIEW_PROGRESS, ASSIGN_PLANS));
        List<FuzzCase> cases = new ArrayList<>(HostileBodies.bodies("POST", "/me/coaches", accept, GENERATED));
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", "/me/coaches/" + id));
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/me/coaches/" + id));
        });
        send("the athlete's coaching writes", cases);
    }

    @Test
    void aCoachsWritesAnswerHostileRequestsWithProblems() throws Exception {
        String athlete = newUser();
        Coaching.link(athlete, user, ASSIGN_PLANS);
        String plan = Plans.create(athlete(athlete));
        String athletePlans = "/coach/athletes/" + athlete + "/plans";
        JsonNode assign = JSON.readTree(Plans.body(Plans.WARM_UP_TEMPLATE, 3, "Europe/Berlin", "2026-11-16", "2027-02-28"));
        JsonNode pause = JSON.readTree("{\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-14\"}");

        List<FuzzCase> cases = new ArrayList<>(HostileBodies.bodies("POST", athletePlans, assign, GENERATED));
        cases.addAll(HostileBodies.bodies("POST", athletePlans + "/" + plan + "/pauses", pause, GENERATED));
        NonJsonBodies.all().forEach(body -> cases.add(FuzzCase.raw("POST", "/coach/invitations", body)));
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", "/coach/athletes/" + id));
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/coach/athletes/" + id + "/plans"));
            cases.add(FuzzCase.json("path " + id, "POST", "/coach/athletes/" + id + "/plans", assign.toString()));
            cases.add(FuzzCase.bodiless("path " + id, "GET", athletePlans + "/" + id));
            cases.add(FuzzCase.json("path " + id, "POST", athletePlans + "/" + id + "/pauses", pause.toString()));
            cases.add(FuzzCase.bodiless("path " + id, "GET", athletePlans + "/" + plan + "/pauses/" + id));
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", athletePlans + "/" + plan + "/pauses/" + id));
        });
        send("a coach's writes", cases, "coach");
    }

    @Test
    void aCoachsAndAnAdminsReadingOfAnAthletesSessionsAnswersHostileRequestsWithProblems() throws Exception {
        String athlete = newUser();
        Coaching.link(athlete, user, VIEW_PROGRESS);
        athlete(athlete).body(Sessions.body(null)).post("/sessions").then().statusCode(201);
        String sessions = "/coach/athletes/" + athlete + "/sessions";
        List<FuzzCase> cases = new ArrayList<>();
        HostileBodies.pathSegments(PATHS).forEach(value -> {
            cases.add(FuzzCase.bodiless("path " + value, "GET", "/coach/athletes/" + value + "/sessions"));
            for (String parameter : new String[] {"from", "to", "page", "size", "x"}) {
                cases.add(FuzzCase.bodiless(parameter + " " + value, "GET", sessions + "?" + parameter + "=" + value));
            }
        });
        send("a coach's reading of sessions", cases, "coach");
        send("an admin's reading of sessions", cases, "admin");
    }
}
