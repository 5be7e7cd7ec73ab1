package app.limber.progress.messaging;

import java.util.List;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.limber.progress.config.ConsumerSettings;

/**
 * Every Kafka consumer progress opens on the routine topics, configured in one place: the live group member and
 * a rebuild's reader. Both see only records of committed producer transactions, never commit offsets by
 * themselves (the live consumer commits after its database transaction, a rebuild commits none) and hand raw
 * bytes to {@link EventReader}.
 */
@ApplicationScoped
public class TopicReaders {

    /** The topics progress reads. */
    public static final List<String> TOPICS = List.of(EventReader.SESSION_TOPIC, EventReader.PLAN_TOPIC,
            EventReader.COACHING_TOPIC);

    /** Nothing reads the rebuild's tables while they fill, so it can afford larger polls (and transactions). */
    private static final int REBUILD_MAX_POLL_RECORDS = 5000;

    private final String bootstrapServers;
    private final ConsumerSettings settings;

    TopicReaders(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ConsumerSettings settings) {
        this.bootstrapServers = bootstrapServers;
        this.settings = settings;
    }

    /** A member of the live group: it resumes from the group's committed offsets, a new group from the first record. */
    KafkaConsumer<byte[], byte[]> live() {
        return new KafkaConsumer<>(liveProperties());
    }

    /** A reader in no group, positioned with {@code assign} and {@code seek}. */
    KafkaConsumer<byte[], byte[]> rebuild() {
        return new KafkaConsumer<>(rebuildProperties());
    }

    Properties liveProperties() {
        Properties properties = common("progress-consumer", settings.maxPollRecords());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int sessionTimeout = (int) settings.sessionTimeout().toMillis();
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, sessionTimeout);
        properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, sessionTimeout / 3);
        return properties;
    }

    Properties rebuildProperties() {
        return common("progress-rebuild", REBUILD_MAX_POLL_RECORDS);
    }

    private Properties common(String clientId, int maxPollRecords) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return properties;
    }
}
