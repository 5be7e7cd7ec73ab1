package app.limber.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaTopicProbeTest {

    private static final String TOPIC = "routine.session-events";
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @Test
    void aSentRecordComesBackWithKeyValueAndHeaders() {
        String key = "user-" + UUID.randomUUID();

        KafkaTopicProbe.send(TOPIC, key, "{\"n\":1}", Map.of("ce_type", "limber.session.completed.v1"));

        ConsumerRecord<String, String> record = KafkaTopicProbe.awaitRecord(TOPIC, r -> key.equals(r.key()), DEADLINE);
        assertEquals("{\"n\":1}", record.value());
        assertEquals("limber.session.completed.v1", KafkaTopicProbe.header(record, "ce_type"));
    }

    @Test
    void recordsOfOneKeyComeBackInTheOrderTheyWereSent() {
        String key = "user-" + UUID.randomUUID();
        for (int n = 1; n <= 3; n++) {
            KafkaTopicProbe.send(TOPIC, key, String.valueOf(n));
        }

        List<ConsumerRecord<String, String>> records = KafkaTopicProbe.awaitRecords(TOPIC, r -> key.equals(r.key()), 3, DEADLINE);

        assertEquals(List.of("1", "2", "3"), records.stream().map(ConsumerRecord::value).toList());
    }

    @Test
    void readingUntilNowReturnsEverythingAlreadyAcknowledged() {
        String key = "user-" + UUID.randomUUID();
        KafkaTopicProbe.send(TOPIC, key, "a");
        KafkaTopicProbe.send(TOPIC, key, "b");

        List<String> values = KafkaTopicProbe.recordsUntilNow(TOPIC, DEADLINE).stream()
                .filter(r -> key.equals(r.key()))
                .map(ConsumerRecord::value)
                .toList();

        assertEquals(List.of("a", "b"), values);
    }

    @Test
    void waitingForRecordsThatNeverComeFailsWithWhatWasSeen() {
        String key = "nobody-" + UUID.randomUUID();

        AssertionError failure = assertThrows(AssertionError.class,
                () -> KafkaTopicProbe.awaitRecords(TOPIC, r -> key.equals(r.key()), 1, Duration.ofSeconds(1)));

        assertTrue(failure.getMessage().contains("found 0"), failure.getMessage());
    }
}
