package app.limber.progress.messaging;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.MasterKey;
import app.limber.platform.privacy.UnreadableException;
import app.limber.platform.privacy.UserKeyRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * progress's copy of users' data keys, in memory only, fed from routine's compacted key topic (ADR 0014). routine
 * publishes a key before any event sealed with it, so an alias still unknown after catching up with the topic past
 * a record's time belongs to a shredded key: the record is noise and is skipped. Erasure drops the user's key here
 * at once; the topic's tombstone drops it on every later catch-up and, once compacted, from the topic.
 */
@ApplicationScoped
public class Keyring {

    private static final Logger LOG = Logger.getLogger(Keyring.class);
    /** How far the producing and the consuming hosts' clocks may disagree. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(30);

    private final Map<String, DataKey> keysByAlias = new ConcurrentHashMap<>();
    private final Map<String, String> aliasByUser = new ConcurrentHashMap<>();
    private final MasterKey master;
    private final ObjectMapper mapper;
    private final String bootstrapServers;
    private KafkaConsumer<String, byte[]> consumer;
    private volatile long caughtUpFrom = Long.MIN_VALUE;

    Keyring(MasterKey master, ObjectMapper mapper,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.master = master;
        this.mapper = mapper;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * The key of {@code alias} for a record written at {@code recordTime} (epoch millis), or empty when the key was
     * shredded.
     */
    public Optional<DataKey> key(String alias, long recordTime) {
        DataKey key = keysByAlias.get(alias);
        if (key != null) {
            return Optional.of(key);
        }
        synchronized (this) {
            if (caughtUpFrom < recordTime + CLOCK_SKEW.toMillis()) {
                catchUp();
            }
        }
        return Optional.ofNullable(keysByAlias.get(alias));
    }

    /** Remembers whose alias this is, once a record under it opened and named its user. */
    public void learned(String userId, String alias) {
        aliasByUser.putIfAbsent(userId, alias);
    }

    /** Drops the user's key (erasure). */
    public void forget(String userId) {
        String alias = aliasByUser.remove(userId);
        if (alias != null) {
            keysByAlias.remove(alias);
        }
    }

    /** Whether a key of {@code alias} is held here now. */
    public boolean holds(String alias) {
        return keysByAlias.containsKey(alias);
    }

    /** Reads the key topic up to the end it has now: new keys are added, tombstoned ones dropped. */
    public synchronized void catchUp() {
        // the wall clock, not the service's clock: it is compared with the broker's record timestamps
        long started = System.currentTimeMillis();
        KafkaConsumer<String, byte[]> reader = reader();
        Map<TopicPartition, Long> ends = reader.endOffsets(reader.assignment());
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        while (ends.entrySet().stream().anyMatch(e -> reader.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + UserKeyRecord.TOPIC + " to its end in " + CATCH_UP_LIMIT);
            }
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                apply(record);
            }
        }
        caughtUpFrom = started;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        String alias = record.key();
        if (alias == null) {
            return;
        }
        if (record.value() == null) {
            keysByAlias.remove(alias);
            aliasByUser.values().remove(alias);
            return;
        }
        try {
            UserKeyRecord key = UserKeyRecord.parse(mapper, record.value());
            if (alias.equals(key.alias())) {
                keysByAlias.put(alias, master.unwrap(key.wrappedKey(), alias));
            }
        } catch (UnreadableException e) {
            // not ours to fix: events sealed with it stay unreadable and are skipped like a shredded user's
            LOG.warnf("unusable key record at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    private KafkaConsumer<String, byte[]> reader() {
        if (consumer == null) {
            Properties properties = new Properties();
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "progress-keyring");
            KafkaConsumer<String, byte[]> created = new KafkaConsumer<>(properties, new StringDeserializer(),
                    new ByteArrayDeserializer());
            List<TopicPartition> partitions = created.partitionsFor(UserKeyRecord.TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            created.assign(partitions);
            created.seekToBeginning(partitions);
            consumer = created;
        }
        return consumer;
    }

    @PreDestroy
    synchronized void close() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
