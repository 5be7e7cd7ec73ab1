package app.limber.localstack;

import app.limber.infra.TopicCatalog;
import app.limber.infra.TopicProvisioner;
import app.limber.infra.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole system started as {@code ./limber up} starts it, checked from the outside. */
@ExtendWith(LocalStackExtension.class)
class LocalStackIT {

    @Test
    void everyServiceAnswersReady(StackClient stack) {
        assertEquals(java.util.Set.of("catalog", "routine", "progress", "web"), stack.services());
        assertAll(stack.services().stream().map(service -> () -> {
            HttpResponse<String> response = stack.get(service, "/q/health/ready");
            assertEquals(200, response.statusCode(), service + " readiness: " + response.body());
            assertTrue(response.body().contains("\"UP\""), service + " readiness: " + response.body());
        }));
    }

    @Test
    void everyServiceServesItsOpenApiDocument(StackClient stack) {
        assertAll(stack.services().stream().filter(service -> !service.equals(ServiceSpec.WEB)).map(service -> () -> {
            HttpResponse<String> response = stack.get(service, "/q/openapi?format=json");
            assertEquals(200, response.statusCode(), service + " /q/openapi");
            assertTrue(response.body().contains("\"openapi\""), service + " /q/openapi is no OpenAPI document: " + response.body());
        }));
    }

    @Test
    void topicsAreCreatedAsTheContractsDeclareThem(StackClient stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            List<String> names = TopicCatalog.fromContracts().stream().map(TopicSpec::name).toList();
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            ConfigResource exercises = new ConfigResource(ConfigResource.Type.TOPIC, "catalog.exercise-events");
            ConfigResource sessions = new ConfigResource(ConfigResource.Type.TOPIC, "routine.session-events");
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(exercises, sessions)).all().get(30, TimeUnit.SECONDS);

            assertAll(
                    () -> assertTrue(names.contains("routine.plan-events.dlq"), "dead-letter topics: " + names),
                    () -> topics.values().forEach(topic -> assertEquals(6, topic.partitions().size(), topic.name())),
                    () -> assertEquals("compact", configs.get(exercises).get("cleanup.policy").value()),
                    () -> assertEquals("-1", configs.get(sessions).get("retention.ms").value()));
        }
    }

    @Test
    void provisioningTopicsAgainCreatesNothing(StackClient stack) {
        assertEquals(List.of(), TopicProvisioner.ensure(stack.kafkaBootstrapServers(), TopicCatalog.fromContracts()));
    }
}
