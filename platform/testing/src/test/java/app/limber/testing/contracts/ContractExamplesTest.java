package app.limber.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples consumers test against are valid, and every event type has some. */
class ContractExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleSatisfiesTheSchemaOfItsType() {
        return EventContracts.types().stream().flatMap(type -> {
            List<String> paths = EventContracts.contract(type).examplePaths();
            List<String> examples = EventContracts.examples(type);
            return Stream.iterate(0, i -> i < examples.size(), i -> i + 1).map(i -> DynamicTest.dynamicTest(
                    paths.get(i), () -> EventContracts.assertValid(type, examples.get(i))));
        });
    }

    @Test
    void everyEventTypeOfTheDesignIsListedWithAtLeastOneExample() {
        assertEquals(List.of(
                        "limber.exercise.upserted.v1", "limber.exercise.retired.v1",
                        "limber.plan.scheduled.v1", "limber.plan.ended.v1",
                        "limber.plan.paused.v1", "limber.plan.resumed.v1",
                        "limber.session.completed.v1", "limber.session.deleted.v1",
                        "limber.coaching.granted.v1", "limber.coaching.revoked.v1", "limber.user-key.issued.v1",
                        "limber.milestone.week-target-met.v1", "limber.milestone.week-at-risk.v1",
                        "limber.milestone.week-missed.v1", "limber.milestone.streak-reached.v1",
                        "limber.milestone.inactive.v1", "limber.milestone.comeback.v1",
                        "limber.milestone.revoked.v1", "limber.coach-alert.opened.v1",
                        "limber.erasure.requested.v1", "limber.erasure.confirmed.v1"),
                EventContracts.types());
        for (String type : EventContracts.types()) {
            List<String> paths = EventContracts.contract(type).examplePaths();
            assertFalse(paths.isEmpty(), type + " has no example");
            for (String path : paths) {
                assertTrue(ContractIndex.resourceExists(path), type + " example missing on the classpath: " + path);
                assertTrue(path.startsWith("limber/contracts/examples/" + type + "/"),
                        path + " is not in the examples folder of " + type);
            }
        }
    }

    @Test
    void sessionExamplesCoverASessionWithoutPlanOrEffort() throws Exception {
        List<JsonNode> examples = new ArrayList<>();
        for (String json : EventContracts.examples("limber.session.completed.v1")) {
            examples.add(new ObjectMapper().readTree(json));
        }
        assertTrue(examples.stream().anyMatch(session -> session.get("planId").isNull() && session.get("effort").isNull()),
                "consumers must see a session that names no plan and gives no effort");
        assertTrue(examples.stream().anyMatch(session -> session.get("planId").isTextual() && session.get("effort").isInt()),
                "consumers must see a session in a plan with an effort");
    }

    @Test
    void everyExampleCarriesTheRecordKeyOfItsTopic() {
        assertEquals(List.of("clamshells", "half-pigeon"),
                EventContracts.examples("limber.exercise.upserted.v1").stream()
                        .map(json -> EventContracts.key("limber.exercise.upserted.v1", json)).toList());
        for (String type : EventContracts.types()) {
            for (String json : EventContracts.examples(type)) {
                assertFalse(EventContracts.key(type, json).isBlank(), type + " example has a blank key");
            }
        }
    }
}
