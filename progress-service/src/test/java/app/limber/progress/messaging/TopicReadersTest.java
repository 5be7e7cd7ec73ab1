package app.limber.progress.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import app.limber.progress.config.ConsumerSettings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Both readers of the routine topics see only committed producer transactions and never commit offsets on their
 * own: the live consumer commits after its database transaction, and a rebuild must leave the live group's
 * offsets alone.
 */
class TopicReadersTest {

    private final TopicReaders readers = new TopicReaders("broker:9092", new SmallRyeConfigBuilder()
            .withMapping(ConsumerSettings.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withDefaultValue("limber.consumer.group-id", "progress-7")
            .withDefaultValue("limber.consumer.session-timeout", "12s")
            .build().getConfigMapping(ConsumerSettings.class));

    @Test
    void theLiveReaderJoinsTheConfiguredGroupFromItsFirstRecordAndCommitsOnlyWhenTold() {
        Properties live = readers.liveProperties();
        assertReadsCommittedAndNeverAutoCommits(live);
        assertEquals("progress-7", live.get(ConsumerConfig.GROUP_ID_CONFIG));
        assertEquals("earliest", live.get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG));
        assertEquals(2000, live.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG));
        assertEquals(12_000, live.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG));
        assertEquals(4_000, live.get(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG));
    }

    @Test
    void aRebuildReadsOutsideEveryGroup() {
        Properties rebuild = readers.rebuildProperties();
        assertReadsCommittedAndNeverAutoCommits(rebuild);
        assertFalse(rebuild.containsKey(ConsumerConfig.GROUP_ID_CONFIG));
    }

    private static void assertReadsCommittedAndNeverAutoCommits(Properties properties) {
        assertEquals("broker:9092", properties.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("false", properties.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG));
        assertEquals("read_committed", properties.get(ConsumerConfig.ISOLATION_LEVEL_CONFIG));
    }
}
