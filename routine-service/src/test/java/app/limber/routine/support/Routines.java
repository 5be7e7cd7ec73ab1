package app.limber.routine.support;

import io.restassured.specification.RequestSpecification;

/** Request bodies and helpers for routines. */
public final class Routines {

    private Routines() {
    }

    /** A private mobility routine of two seed exercises, the first with its own prescription. */
    public static String body(String name) {
        return """
                {"name":"%s","description":"after easy runs","purpose":"mobility","rounds":{"min":1,"max":2},
                 "items":[{"exerciseSlug":"leg-swings","prescription":{"sets":{"min":1,"max":1},"reps":{"min":10,"max":10},"perSide":true},"restSeconds":10},
                          {"exerciseSlug":"figure-four-stretch","restSeconds":5}]}""".formatted(name);
    }

    /** Creates it as this user and returns its id. */
    public static String create(RequestSpecification as, String body) {
        return as.body(body).post("/routines").then().statusCode(201).extract().path("id");
    }
}
