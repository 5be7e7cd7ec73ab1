package app.limber.routine.support;

import app.limber.routine.seed.SeedTemplate;
import io.restassured.specification.RequestSpecification;

/** Plan request bodies. */
public final class Plans {

    public static final String WARM_UP_TEMPLATE = SeedTemplate.id("hip-mobility-exercises-for-runners").toString();

    private Plans() {
    }

    public static String body(String routineId, int weeklyTarget, String timeZone, String startsOn, String endsOn) {
        return """
                {"routineId":"%s","weeklyTarget":%d,"timeZone":"%s","startsOn":"%s"%s}"""
                .formatted(routineId, weeklyTarget, timeZone, startsOn, endsOn == null ? "" : ",\"endsOn\":\"" + endsOn + "\"");
    }

    public static String openEnded() {
        return body(WARM_UP_TEMPLATE, 3, "Europe/Berlin", "2026-11-16", null);
    }

    public static String create(RequestSpecification as) {
        return create(as, openEnded());
    }

    public static String create(RequestSpecification as, String body) {
        return as.body(body).post("/plans").then().statusCode(201).extract().path("id");
    }
}
