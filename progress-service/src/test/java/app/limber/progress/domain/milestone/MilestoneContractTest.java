package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.milestone.Fixtures.at;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;
import app.limber.testing.contracts.ContractResources;
import app.limber.testing.contracts.EventContracts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The milestone vocabulary and payloads progress builds, held to {@code limber-contracts}: a type, kind or reason
 * added, renamed or dropped on either side fails the build, and every payload the rules produce validates.
 */
class MilestoneContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "progress.milestone-events";
    private static final JsonNode EVENTS = ContractResources.json("limber/contracts/events.json");

    @Test
    void progressProducesExactlyTheMilestoneTypesOfTheContractsOnTheMilestoneTopic() {
        Set<String> contract = new TreeSet<>();
        for (JsonNode event : EVENTS.path("events")) {
            // the coach alerts are progress's other topic (CoachAlertContractTest)
            if ("progress".equals(event.path("producer").asText())
                    && !"progress.coach-alerts".equals(event.path("topic").asText())) {
                contract.add(event.path("type").asText());
                assertEquals(TOPIC, event.path("topic").asText(), event.path("type").asText());
                assertEquals("/userId", event.path("key").asText(), event.path("type").asText());
            }
        }
        Set<String> progress = Arrays.stream(MilestoneType.values()).map(MilestoneType::eventType)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(progress, contract);
    }

    @Test
    void streakKindsAndTheirLengthsAreThoseOfTheSchema() {
        JsonNode schema = schema("streak-reached");
        assertEquals(Arrays.stream(StreakKind.values()).map(StreakKind::slug).toList(),
                texts(schema.path("properties").path("kind").path("enum")));
        for (JsonNode rule : schema.path("allOf")) {
            StreakKind kind = StreakKind.valueOf(rule.path("if").path("properties").path("kind").path("const").asText()
                    .toUpperCase(java.util.Locale.ROOT));
            List<Integer> lengths = new ArrayList<>();
            rule.path("then").path("properties").path("length").path("enum").forEach(n -> lengths.add(n.asInt()));
            assertEquals(kind.thresholds(), lengths, kind.slug());
        }
    }

    @Test
    void revocationReasonsAndRevocableTypesAreThoseOfTheSchema() {
        JsonNode properties = schema("revoked").path("properties");

        assertEquals(Arrays.stream(RevocationReason.values()).map(RevocationReason::slug).toList(),
                texts(properties.path("reason").path("enum")));
        assertEquals(Arrays.stream(MilestoneType.values()).filter(MilestoneType::isCelebration)
                .map(MilestoneType::eventType).toList(), texts(properties.path("revokedType").path("enum")));
    }

    @Test
    void everyCelebrationTheRulesProduceSatisfiesItsSchema() {
        PlanFact weekly = plan("weekly", MOBILITY, 1, BERLIN, "2026-10-05");
        LocalDate first = date("2026-10-05");
        List<SessionFact> sessions = new ArrayList<>(dailySessions(MOBILITY, BERLIN,
                IntStream.range(0, 14).mapToObj(i -> first.plusDays(i).toString()).toArray(String[]::new)));
        sessions.addAll(dailySessions(MOBILITY, BERLIN, "2026-10-30"));
        List<Milestone> milestones = EventMilestones.of(facts(List.of(weekly), sessions), MilestoneSettings.DEFAULTS);

        assertEquals(Set.of(MilestoneType.WEEK_TARGET_MET, MilestoneType.STREAK_REACHED, MilestoneType.COMEBACK),
                milestones.stream().map(Milestone::type).collect(Collectors.toSet()));
        for (Milestone milestone : milestones) {
            EventContracts.assertValid(milestone.type().eventType(), event(milestone.key().id(1), milestone.payloadFields()));
        }
    }

    @Test
    void everyNudgeTheRulesProduceSatisfiesItsSchema() {
        PlanFact plan = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");
        MilestoneFacts neverTrained = facts(List.of(plan), List.of());
        List<DueMilestone> due = new ArrayList<>(DueMilestones.at(neverTrained, 18, MilestoneSettings.DEFAULTS,
                at("2026-11-26T18:00", BERLIN)));
        due.addAll(DueMilestones.at(facts(List.of(plan), dailySessions(MOBILITY, BERLIN, "2026-11-17")), 18,
                MilestoneSettings.DEFAULTS, at("2026-11-30T18:00", BERLIN)));

        assertEquals(Set.of(MilestoneType.WEEK_AT_RISK, MilestoneType.WEEK_MISSED, MilestoneType.INACTIVE),
                due.stream().map(d -> d.milestone().type()).collect(Collectors.toSet()));
        for (DueMilestone nudge : due) {
            Milestone milestone = nudge.milestone();
            EventContracts.assertValid(milestone.type().eventType(), event(milestone.key().id(1), milestone.payloadFields()));
        }
    }

    @Test
    void aRevocationSatisfiesItsSchema() {
        PlanFact plan = plan("mobility", MOBILITY, 1, BERLIN, "2026-11-16");
        MilestoneChanges met = MilestoneReconciliation.reconcile(List.of(),
                EventMilestones.of(facts(List.of(plan), dailySessions(MOBILITY, BERLIN, "2026-11-17")), MilestoneSettings.DEFAULTS),
                RevocationReason.LATE_SESSION);
        MilestoneChanges revoked = MilestoneReconciliation.reconcile(met.applyTo(List.of()), List.of(),
                RevocationReason.SESSION_DELETED);

        MilestoneChanges.Revocation revocation = revoked.revoked().get(0);
        EventContracts.assertValid(MilestoneType.REVOKED.eventType(), event(revocation.id(), revocation.payloadFields()));
    }

    @Test
    void inTheExamplesTheEventIdIsTheMilestoneId() {
        for (MilestoneType type : MilestoneType.values()) {
            for (String example : EventContracts.examples(type.eventType())) {
                JsonNode payload = read(example);
                assertEquals(payload.path("milestoneId").asText(), payload.path("eventId").asText(), example);
            }
        }
    }

    /** The payload the service will publish: the common fields, then the milestone's own. */
    private static String event(UUID id, Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", id.toString());
        payload.put("occurredAt", Instant.parse("2026-11-30T17:00:00Z").toString());
        payload.put("userId", Fixtures.ANNA);
        payload.put("milestoneId", id.toString());
        payload.putAll(fields);
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode schema(String type) {
        return ContractResources.json("limber/contracts/schemas/limber.milestone." + type + ".v1.schema.json");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
