package app.limber.catalog.api;

import app.limber.catalog.Exercises;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static app.limber.catalog.Exercises.asAdmin;
import static app.limber.catalog.Exercises.asAthlete;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes the catalog refuses, and how: status, problem document, and nothing changed. */
@QuarkusTest
class ExerciseWriteRefusalsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void putWithoutIfMatchIs428NamingTheCurrentVersion() {
        String slug = Exercises.uniqueSlug("no-if-match");
        Map<String, Object> body = Exercises.body(slug);
        Exercises.create(body);
        body.put("name", "Edited once");
        Exercises.put(slug, "\"1\"", body).then().statusCode(200);

        body.put("name", "Edited twice");
        String detail = Exercises.put(slug, null, body).then()
                .statusCode(428).contentType(PROBLEM)
                .extract().path("detail");
        assertTrue(detail.contains("If-Match: \"2\""), detail);
        String suggested = detail.substring(detail.indexOf("If-Match: ") + "If-Match: ".length()).split(" ")[0];
        Exercises.put(slug, suggested, body).then().statusCode(200).body("name", equalTo("Edited twice"));
    }

    @Test
    void putOnAMissingExerciseIs404WhateverTheIfMatch() {
        for (String ifMatch : java.util.Arrays.asList(null, "\"1\"", "*")) {
            Exercises.put("no-such-exercise", ifMatch, Exercises.body("no-such-exercise")).then()
                    .statusCode(404).contentType(PROBLEM).body("detail", equalTo("No exercise no-such-exercise."));
        }
    }

    @Test
    void aBadBodyIs400BeforeAMissingExerciseOrIfMatch() {
        Map<String, Object> body = Exercises.body("no-such-exercise");
        body.put("name", " ");
        Exercises.put("no-such-exercise", null, body).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", contains("name"));
    }

    @Test
    void putWithAStaleVersionIs412AndKeepsTheNewerEdit() {
        String slug = Exercises.uniqueSlug("stale-edit");
        Map<String, Object> body = Exercises.body(slug);
        Exercises.create(body);
        body.put("name", "First edit");
        Exercises.put(slug, "\"1\"", body).then().statusCode(200);

        body.put("name", "Second edit, made on version 1");
        Exercises.put(slug, "\"1\"", body).then().statusCode(412).contentType(PROBLEM);
        given().get("/exercises/" + slug).then().body("name", equalTo("First edit")).body("version", equalTo(2));
    }

    @Test
    void aWeakEtagDoesNotSatisfyIfMatch() {
        String slug = Exercises.uniqueSlug("weak-if-match");
        Exercises.create(Exercises.body(slug));
        Exercises.put(slug, "W/\"1\"", Exercises.body(slug)).then().statusCode(412);
    }

    @Test
    void aMalformedIfMatchIs400() {
        String slug = Exercises.uniqueSlug("bad-if-match");
        Exercises.create(Exercises.body(slug));
        Exercises.put(slug, "1", Exercises.body(slug)).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void aTakenSlugIs409() {
        String slug = Exercises.uniqueSlug("taken");
        Exercises.create(Exercises.body(slug));
        asAdmin().contentType(ContentType.JSON).body(Exercises.body(slug)).post("/exercises")
                .then().statusCode(409).contentType(PROBLEM);
        asAdmin().contentType(ContentType.JSON).body(Exercises.body("half-pigeon")).post("/exercises")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void concurrentCreatesOfOneSlugGiveOne201AndOnly409s() throws Exception {
        String slug = Exercises.uniqueSlug("raced");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var calls = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> pool.submit(() -> asAdmin().contentType(ContentType.JSON).body(Exercises.body(slug))
                            .post("/exercises").statusCode()))
                    .toList();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            org.junit.jupiter.api.Assertions.assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetiredExercisesSlugStaysTaken() {
        String slug = Exercises.uniqueSlug("retired-slug");
        Exercises.create(Exercises.body(slug));
        asAdmin().delete("/exercises/" + slug).then().statusCode(204);
        asAdmin().contentType(ContentType.JSON).body(Exercises.body(slug)).post("/exercises").then().statusCode(409);
    }

    @Test
    void aRetiredExerciseCannotBeEdited() {
        String slug = Exercises.uniqueSlug("retired-edit");
        Exercises.create(Exercises.body(slug));
        asAdmin().delete("/exercises/" + slug).then().statusCode(204);
        Exercises.put(slug, "\"2\"", Exercises.body(slug)).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void unknownSlugsAre404() {
        Exercises.put("no-such-exercise", "\"1\"", Exercises.body("no-such-exercise")).then().statusCode(404).contentType(PROBLEM);
        asAdmin().delete("/exercises/no-such-exercise").then().statusCode(404).contentType(PROBLEM);
        given().get("/exercises/no-such-exercise").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void writesWithoutAValidTokenAre401() {
        String slug = Exercises.uniqueSlug("anonymous");
        given().contentType(ContentType.JSON).body(Exercises.body(slug)).post("/exercises")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Exercises.body("half-pigeon"))
                .put("/exercises/half-pigeon").then().statusCode(401);
        given().delete("/exercises/half-pigeon").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.expired("admin-1", "admin"))
                .contentType(ContentType.JSON).body(Exercises.body(slug)).post("/exercises").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.badSignature("admin-1", "admin"))
                .contentType(ContentType.JSON).body(Exercises.body(slug)).post("/exercises").then().statusCode(401);
        given().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void writesByNonAdminsAre403() {
        asAthlete().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Exercises.body("half-pigeon"))
                .put("/exercises/half-pigeon").then().statusCode(403).contentType(PROBLEM);
        asAthlete().delete("/exercises/half-pigeon").then().statusCode(403).contentType(PROBLEM);
        given().get("/exercises/half-pigeon").then().body("retired", equalTo(false));
    }
}
