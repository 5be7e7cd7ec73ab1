package app.limber.localstack;

import app.limber.infra.PostgresServer;
import app.limber.testing.privacy.PersonalDataScanner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof of erasure on a stack started as {@code ./limber up} starts it: a canary user whose every field carries
 * distinctive strings and a control user train; a scanner reads every row of the three databases and every record of
 * every topic (opening sealed payloads with the stack's master key, as progress can) and finds the canary; after
 * {@code DELETE /me} it finds nothing in any database and nothing readable on a kept topic (only the request and the
 * notifications, which the topics keep 7 days); a rebuild and late records bring nothing back, and the control
 * user's statistics do not move.
 */
@ExtendWith(LocalStackExtension.class)
class PrivacyJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final String WARM_UP = "f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String SESSIONS = "routine.session-events";
    /** Topics that copy personal data for 7 days only (topics.json): the request and the notifications. */
    private static final Set<String> WEEK_LONG = Set.of("privacy.erasure-requests", "progress.milestone-events",
            "progress.coach-alerts");
    private static final Set<String> ROUTINE_TOPICS = Set.of("routine.plan-events", SESSIONS, "routine.coaching-events");

    @Test
    void anErasedCanaryIsGoneFromEveryDatabaseAndTopicAndStaysGone(StackClient stack) throws Exception {
        String canary = "canary-zq7x-" + UUID.randomUUID();
        String control = "control-" + UUID.randomUUID();
        String coach = "coach-" + UUID.randomUUID();
        String routineName = "Canary routine zq7x " + UUID.randomUUID();
        String canaryToken = stack.token(canary, "athlete", "coach");
        String controlToken = stack.token(control, "athlete");
        awaitSessionsTaken(stack, controlToken);

        String routine = created(stack.send(post(stack, "routine", "/routines", canaryToken, """
                {"name":"%s","description":"canary-note-zq7x","purpose":"mobility","rounds":{"min":1,"max":2},
                 "items":[{"exerciseSlug":"leg-swings","prescription":{"sets":{"min":1,"max":1},"reps":{"min":10,"max":10},"perSide":true},"restSeconds":10}]}"""
                .formatted(routineName)))).get("id").asText();
        LocalDate today = LocalDate.now(BERLIN);
        String plan = created(stack.send(post(stack, "routine", "/plans", canaryToken, """
                {"routineId": "%s", "weeklyTarget": 3, "timeZone": "Europe/Berlin", "startsOn": "%s"}"""
                .formatted(routine, today.minusDays(14))))).get("id").asText();
        for (int day = 1; day <= 3; day++) {
            record(stack, canaryToken, routine, plan, day, 7, 4);
            record(stack, controlToken, WARM_UP, null, day, 5, 1);
        }
        String code = created(stack.send(post(stack, "routine", "/coach/invitations", stack.token(coach, "coach"), "")))
                .get("code").asText();
        created(stack.send(post(stack, "routine", "/me/coaches", canaryToken,
                "{\"code\": \"%s\", \"scopes\": [\"view-progress\"]}".formatted(code))));
        // the canary also coaches the control user, and assigned them a plan
        String invitation = created(stack.send(post(stack, "routine", "/coach/invitations", canaryToken, "")))
                .get("code").asText();
        created(stack.send(post(stack, "routine", "/me/coaches", controlToken,
                "{\"code\": \"%s\", \"scopes\": [\"view-progress\", \"assign-plans\"]}".formatted(invitation))));
        created(stack.send(post(stack, "routine", "/coach/athletes/" + control + "/plans", canaryToken, """
                {"routineId": "%s", "weeklyTarget": 2, "timeZone": "Europe/Berlin", "startsOn": "%s"}"""
                .formatted(WARM_UP, today.minusDays(7)))));
        await().atMost(DEADLINE).until(() -> sessions(stack, canaryToken) == 3 && sessions(stack, controlToken) == 4);
        List<String> needles = List.of(canary, routineName, "canary-note-zq7x");
        await().atMost(DEADLINE).until(() -> PersonalDataScanner.stores(topicFindings(stack, needles)).containsAll(ROUTINE_TOPICS));
        assertTrue(PersonalDataScanner.stores(databaseFindings(stack, needles))
                        .containsAll(Set.of("routine/training_session", "routine/routine", "progress/session_completed")),
                "the scan finds the canary before the erasure: " + databaseFindings(stack, needles));
        await().atMost(DEADLINE).until(() -> PersonalDataScanner.stores(databaseFindings(stack, List.of(canary)))
                .containsAll(Set.of("progress/plan_scheduled", "progress/coach_grant")));
        String controlBefore = json(stack.get("progress", "/progress/me", controlToken)).get("totals").toString();
        ConsumerRecord<String, String> aSealedSession = StackTopics.opened(stack, SESSIONS, "limber.session.completed.v1")
                .stream().filter(o -> json(o.payload()).get("userId").asText().equals(canary)).findFirst().orElseThrow()
                .record();

        Instant requested = Instant.now();
        HttpResponse<String> erasure = stack.send(stack.request("routine", "/me")
                .header("Authorization", "Bearer " + canaryToken).DELETE().build());
        assertEquals(202, erasure.statusCode(), erasure.body());
        String status = erasure.headers().firstValue("Location").orElseThrow();
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100)).until(() -> "complete".equals(json(stack.send(
                stack.request("routine", status).header("Authorization", "Bearer " + canaryToken).GET().build()))
                .get("status").asText()));
        long millis = Duration.between(requested, Instant.now()).toMillis();
        System.out.printf("erasure request -> every service confirmed: %d ms%n", millis);

        assertEquals(List.of(), databaseFindings(stack, needles), "no row of any database mentions the canary");
        Set<String> readable = PersonalDataScanner.stores(topicFindings(stack, needles));
        assertTrue(readable.contains("privacy.erasure-requests"), "the scan still reads the request: " + readable);
        readable.removeIf(topic -> WEEK_LONG.contains(topic) || topic.endsWith(".dlq"));
        assertEquals(Set.of(), readable, "no kept topic holds anything readable of the canary");

        // late records: the sealed session again, as a retrying producer would send it, and its payload in clear
        resend(stack, aSealedSession);
        HttpResponse<String> rebuild = stack.send(post(stack, "progress", "/admin/rebuild", stack.token("ops", "admin"), ""));
        assertEquals(200, rebuild.statusCode(), rebuild.body());
        awaitConsumed(stack);
        assertEquals(List.of(), databaseFindings(stack, needles), "a rebuild and a late record bring nothing back");
        assertEquals(controlBefore, json(stack.get("progress", "/progress/me", controlToken)).get("totals").toString(),
                "the control user's statistics are unchanged");
        HttpResponse<String> late = stack.send(post(stack, "routine", "/sessions", canaryToken, session(WARM_UP, null, 0, 5, 1)));
        assertEquals(410, late.statusCode(), "an erased id takes no new data: " + late.body());
    }

    private static void resend(StackClient stack, ConsumerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> again = new ProducerRecord<>(record.topic(), record.key(), record.value());
            record.headers().forEach(h -> again.headers().add(h));
            producer.send(again).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish the late record", e);
        }
    }

    /** Until progress's live consumer has committed every record of the routine topics. */
    private static void awaitConsumed(StackClient stack) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            await().atMost(DEADLINE).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("progress-service")
                        .partitionsToOffsetAndMetadata().get();
                for (String topic : ROUTINE_TOPICS) {
                    for (ConsumerRecord<String, String> last : StackTopics.readAll(stack, topic)) {
                        OffsetAndMetadata at = committed.get(new TopicPartition(topic, last.partition()));
                        if (at == null || at.offset() <= last.offset()) {
                            return false;
                        }
                    }
                }
                return true;
            });
        }
    }

    private static List<PersonalDataScanner.Finding> databaseFindings(StackClient stack, List<String> needles) {
        return PersonalDataScanner.databases(List.of("catalog", "routine", "progress").stream()
                .map(db -> new PersonalDataScanner.Database(db, stack.jdbcUrl(db), PostgresServer.USER, PostgresServer.PASSWORD))
                .toList(), needles);
    }

    private static List<PersonalDataScanner.Finding> topicFindings(StackClient stack, List<String> needles) {
        return PersonalDataScanner.topics(stack.kafkaBootstrapServers(), needles, stack.masterKey());
    }

    private static void awaitSessionsTaken(StackClient stack, String token) {
        await().atMost(DEADLINE).until(() -> stack.send(post(stack, "routine", "/sessions", token,
                session(WARM_UP, null, 5, 5, 1))).statusCode() == 201);
    }

    private static void record(StackClient stack, String token, String routine, String plan, int daysAgo, int effort,
                               int discomfort) {
        created(stack.send(post(stack, "routine", "/sessions", token, session(routine, plan, daysAgo, effort, discomfort))));
    }

    private static String session(String routine, String plan, int daysAgo, int effort, int discomfort) {
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(daysAgo, ChronoUnit.DAYS).minusSeconds(60);
        return """
                {"routineId": "%s", %s"startedAt": "%s", "completedAt": "%s", "timeZone": "Europe/Berlin",
                 "effort": %d, "discomfort": %d,
                 "exercises": [{"exerciseSlug": "leg-swings", "side": "both", "setsDone": 1, "repsDone": 12}]}"""
                .formatted(routine, plan == null ? "" : "\"planId\": \"" + plan + "\", ",
                        completedAt.minus(15, ChronoUnit.MINUTES), completedAt, effort, discomfort);
    }

    private static int sessions(StackClient stack, String token) {
        HttpResponse<String> me = stack.get("progress", "/progress/me", token);
        return me.statusCode() == 200 ? json(me).get("totals").get("sessions").asInt() : -1;
    }

    private static HttpRequest post(StackClient stack, String service, String path, String token, String body) {
        return stack.request(service, path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.request().uri() + ": " + response.body());
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
