package app.limber.catalog;

import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.limber.catalog.Exercises.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The packaged service end to end: seeded reads, an admin's add-edit-retire, and the events it publishes. */
@QuarkusIntegrationTest
class CatalogJourneyIT {

    @Test
    void seededCatalogAnswersFacetsAndSearch() {
        given().queryParam("target", "hip-flexors").queryParam("size", 20).get("/exercises").then().statusCode(200)
                .body("items.slug", hasItems("kneeling-quad-hip-flexor-stretch", "runners-lunge"));
        given().queryParam("equipment", "foam-roller").get("/exercises").then().statusCode(200)
                .body("items.slug", equalTo(List.of("it-band-foam-roll")));
        given().queryParam("q", "pigon").get("/exercises").then().body("items[0].slug", equalTo("half-pigeon"));
        given().queryParam("target", "biceps").get("/exercises").then().statusCode(400);
        given().get("/taxonomy").then().statusCode(200).body("equipment.slug", hasItem("none"));
    }

    @Test
    void anAdminAddsEditsAndRetiresAnExercise() {
        String slug = Exercises.uniqueSlug("journey-walk");
        Map<String, Object> body = Exercises.body(slug);

        Exercises.create(body).then().header("ETag", "\"1\"");
        String etag = given().get("/exercises/" + slug).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/exercises/" + slug).then().statusCode(304);

        body.put("name", "Journey Walk, edited " + slug);
        Exercises.put(slug, null, body).then().statusCode(428);
        Exercises.put(slug, etag, body).then().statusCode(200).header("ETag", "\"2\"");
        Exercises.put(slug, etag, body).then().statusCode(412);
        given().queryParam("equipment", "resistance-band").queryParam("size", 100).get("/exercises").then()
                .body("items.find { it.slug == '" + slug + "' }.name", equalTo("Journey Walk, edited " + slug));

        asAdmin().delete("/exercises/" + slug).then().statusCode(204);
        given().queryParam("equipment", "resistance-band").queryParam("size", 100).get("/exercises").then()
                .body("items.slug", not(hasItem(slug)));
        given().get("/exercises/" + slug).then().body("retired", equalTo(true));

        List<ConsumerRecord<String, String>> events = KafkaTopicProbe.awaitRecords("catalog.exercise-events",
                r -> slug.equals(r.key()), 3, Duration.ofSeconds(30));
        for (ConsumerRecord<String, String> event : events) {
            EventContracts.assertValid(KafkaTopicProbe.header(event, "ce_type"), event.value());
        }
        assertEquals(List.of("limber.exercise.upserted.v1", "limber.exercise.upserted.v1", "limber.exercise.retired.v1"),
                events.stream().map(r -> KafkaTopicProbe.header(r, "ce_type")).toList());
    }
}
