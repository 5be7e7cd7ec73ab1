package app.limber.progress.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.Facts;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.coach.AlertIds;
import app.limber.progress.domain.coach.AlertKind;
import app.limber.progress.domain.coach.AlertLevel;
import app.limber.progress.domain.coach.AlertRules;
import app.limber.progress.domain.coach.AlertThresholds;
import app.limber.progress.domain.coach.AthleteAlert;
import app.limber.testing.contracts.ContractResources;
import app.limber.testing.contracts.EventContracts;

/**
 * The coach alert event progress builds, held to {@code limber-contracts}: its topic and key, the kinds and levels of
 * the schema, ids computed as the contract says, and a payload of every kind the rules produce validates.
 */
class CoachAlertContractTest {

    /** As the service's mapper writes: instants as ISO text. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final JsonNode EVENTS = ContractResources.json("limber/contracts/events.json");
    private static final JsonNode SCHEMA = ContractResources.json(
            "limber/contracts/schemas/limber.coach-alert.opened.v1.schema.json");

    private final CoachAlertEvents events = new CoachAlertEvents(JSON);

    @Test
    void theAlertTopicCarriesExactlyTheOpenedEventKeyedByCoach() {
        List<String> types = new ArrayList<>();
        for (JsonNode event : EVENTS.path("events")) {
            if (CoachAlertEvents.TOPIC.equals(event.path("topic").asText())) {
                types.add(event.path("type").asText());
                assertEquals("/coachId", event.path("key").asText());
                assertEquals("progress", event.path("producer").asText());
            }
        }

        assertEquals(List.of(CoachAlertEvents.OPENED), types);
    }

    @Test
    void kindsAndLevelsAreThoseOfTheSchema() {
        assertEquals(values(SCHEMA.path("properties").path("kind").path("enum")),
                Arrays.stream(AlertKind.values()).map(AlertKind::slug).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(values(SCHEMA.path("properties").path("level").path("enum")),
                Arrays.stream(AlertLevel.values()).map(AlertLevel::slug).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theExamplesCarryIdsComputedAsTheContractSays() throws Exception {
        for (String example : EventContracts.examples(CoachAlertEvents.OPENED)) {
            JsonNode event = JSON.readTree(example);
            String key = event.path("kind").asText() + "|" + switch (event.path("kind").asText()) {
                case "discomfort" -> "session/" + event.path("detail").path("sessionId").asText();
                case "silence" -> "since/" + event.path("detail").path("lastSessionOn").asText() + "/"
                        + event.path("level").asText();
                default -> throw new AssertionError("no example of this kind expected: " + example);
            };
            UUID id = AlertIds.of(event.path("coachId").asText(), event.path("athleteId").asText(), key, 1);

            assertEquals(id.toString(), event.path("alertId").asText(), example);
            assertEquals(id.toString(), event.path("eventId").asText(), example);
        }
    }

    @Test
    void everyKindTheRulesProduceMakesAValidPayload() {
        List<AthleteAlert> alerts = new ArrayList<>(AlertRules.evaluate(facts(
                session("a", "2026-11-02T07:00", 3, 1), session("b", "2026-11-03T07:00", 3, 2),
                session("c", "2026-11-04T07:00", 3, 1)), at("2026-11-30T20:00"), AlertThresholds.DEFAULTS));
        alerts.addAll(AlertRules.evaluate(facts(
                session("d", "2026-11-23T07:00", 3, 1), session("e", "2026-11-24T07:00", 3, 1),
                session("f", "2026-11-25T07:00", 3, 1), session("g", "2026-11-27T07:00", 7, 2),
                session("h", "2026-11-30T07:00", 7, 2), session("i", "2026-12-01T07:00", 7, 8)),
                at("2026-12-01T20:00"), AlertThresholds.DEFAULTS));

        Set<String> kinds = new TreeSet<>();
        for (AthleteAlert alert : alerts) {
            UUID id = AlertIds.of("auth0|kim", "anna", alert.key(), 1);
            String payload = events.payload(id, "auth0|kim", "anna", alert, Instant.parse("2026-11-30T19:00:00.120Z"));
            assertEquals(List.of(), EventContracts.validate(CoachAlertEvents.OPENED, payload), payload);
            kinds.add(alert.kind().slug());
        }
        assertEquals(Set.of("silence", "missed-weeks", "discomfort", "strain"), kinds);
    }

    /** A plan of 3 a week from Monday 2026-11-02 in Berlin, and these sessions. */
    private static UserFacts facts(SessionFact... sessions) {
        PlanFact plan = Facts.plan("mobility", Facts.MOBILITY, 3, Facts.BERLIN, "2026-11-02");
        return UserFacts.reconcile(List.of(plan), List.of(), List.of(sessions), List.of());
    }

    private static SessionFact session(String name, String berlinTime, int effort, int discomfort) {
        Instant completedAt = at(berlinTime);
        return new SessionFact(Facts.id(name), Facts.MOBILITY, null, completedAt, Facts.BERLIN,
                completedAt.atZone(Facts.BERLIN).toLocalDate(), 1800,
                List.of(new ExerciseFact(List.of("hips"), 1, 10, 0)), effort, discomfort);
    }

    private static Instant at(String berlinTime) {
        return LocalDateTime.parse(berlinTime).atZone(Facts.BERLIN).toInstant();
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
