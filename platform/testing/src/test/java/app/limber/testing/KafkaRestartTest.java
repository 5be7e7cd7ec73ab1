package app.limber.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** What fault tests of the services rely on: a stopped broker refuses writes, a started one has all it had. */
class KafkaRestartTest {

    private static final String TOPIC = "routine.plan-events";

    @Test
    void aStoppedBrokerTakesNoRecordsAndComesBackAtTheSameAddressWithItsRecords() throws Exception {
        assumeTrue(LimberTestResource.kafkaRestartable(), "an external broker cannot be stopped");
        String bootstrap = LimberTestResource.kafkaBootstrapServers();
        String key = "user-" + UUID.randomUUID();
        KafkaTopicProbe.send(TOPIC, key, "before");

        LimberTestResource.stopKafka();
        try {
            assertThrows(ExecutionException.class, () -> sendImpatiently(key, "while down"));
        } finally {
            LimberTestResource.startKafka();
        }
        KafkaTopicProbe.send(TOPIC, key, "after");

        assertEquals(bootstrap, LimberTestResource.kafkaBootstrapServers());
        assertEquals(java.util.List.of("before", "after"),
                KafkaTopicProbe.awaitRecords(TOPIC, r -> key.equals(r.key()), 2, Duration.ofSeconds(30)).stream()
                        .map(r -> r.value()).toList());
    }

    // gives up quickly instead of retrying for the default two minutes
    private static void sendImpatiently(String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LimberTestResource.kafkaBootstrapServers());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "3000");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(10, TimeUnit.SECONDS);
        }
    }
}
