package app.limber.progress.messaging;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.config.ConsumerSettings;
import app.limber.progress.persistence.PersonalErasure;
import app.limber.progress.persistence.SwapLock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * progress's part of an erasure: reads {@code privacy.erasure-requests} in a group of its own (apart from the
 * statistics consumer, which it leaves untouched), and per request, in one JDBC transaction, records the event id
 * ({@code erasure_request_applied}: a rebuild replaces {@code processed_event}),
 * erases the user ({@link PersonalErasure}) and appends {@code limber.erasure.confirmed.v1} to the outbox; offsets are
 * committed after. A request that breaks its contract is dead-lettered with a reason that names no value; a failed
 * transaction is retried from the poll's first offsets.
 */
@ApplicationScoped
public class ErasureConsumer {

    public static final String TOPIC = "privacy.erasure-requests";
    public static final String REQUESTED = "limber.erasure.requested.v1";
    public static final String CONFIRMED = "limber.erasure.confirmed.v1";
    public static final String CONFIRMATION_TOPIC = "privacy.erasure-confirmations";

    private static final Logger LOG = Logger.getLogger(ErasureConsumer.class);

    private final ConsumerSettings settings;
    private final String bootstrapServers;
    private final DataSource dataSource;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final Keyring keyring;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    ErasureConsumer(ConsumerSettings settings, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                    DataSource dataSource, Outbox outbox, ObjectMapper mapper, Clock clock, Keyring keyring) {
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
        this.deadLetters = new DeadLetters(bootstrapServers);
        this.keyring = keyring;
    }

    /** A request as progress needs it. */
    record Request(UUID eventId, UUID requestId, String userId) {
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) {
            running = true;
            thread = new Thread(this::run, "progress-erasure-consumer");
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(30).toMillis());
        }
        deadLetters.close();
    }

    private void run() {
        Duration backoff = settings.retryBackoff();
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(properties())) {
            consumer = kafka;
            kafka.subscribe(List.of(TOPIC));
            while (running) {
                ConsumerRecords<byte[], byte[]> records = kafka.poll(settings.pollTimeout());
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    apply(records);
                    kafka.commitSync();
                    backoff = settings.retryBackoff();
                } catch (Exception e) {
                    LOG.warnf("erasure requests not applied, reading them again in %s: %s", backoff, e.getClass().getSimpleName());
                    records.partitions().forEach(p -> kafka.seek(p, records.records(p).get(0).offset()));
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(settings.maxRetryBackoff()) > 0
                            ? settings.maxRetryBackoff() : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            // stopping; what was not committed is read again next time and skipped by processed_event
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer = null;
        }
    }

    void apply(ConsumerRecords<byte[], byte[]> records) throws Exception {
        List<DeadLetters.Rejection> rejected = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                requests.add(read(record));
            } catch (InvalidEvent e) {
                rejected.add(new DeadLetters.Rejection(record, e.getMessage()));
            }
        }
        deadLetters.sendAll(rejected);
        if (requests.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxEvent> confirmations = new ArrayList<>();
                SwapLock.exclusive(connection);
                for (Request request : requests) {
                    if (firstTime(connection, request.eventId())) {
                        PersonalErasure.erase(connection, request.userId());
                        confirmations.add(confirmation(request.requestId()));
                    }
                }
                outbox.append(connection, confirmations);
                connection.commit();
                // the key goes after the rows: had it gone first, a failed commit would leave rows it cannot read
                requests.forEach(request -> keyring.forget(request.userId()));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        outbox.wakeRelay();
    }

    Request read(ConsumerRecord<byte[], byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !REQUESTED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            throw new InvalidEvent("ce_type must be " + REQUESTED);
        }
        if (record.value() == null) {
            throw new InvalidEvent("null value");
        }
        JsonNode body;
        try {
            body = mapper.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new InvalidEvent("not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw new InvalidEvent("$: must be an object");
        }
        String userId = text(body, "userId");
        if (userId.isEmpty() || userId.length() > 255) {
            throw new InvalidEvent("$.userId: must be 1 to 255 characters");
        }
        return new Request(uuid(body, "eventId"), uuid(body, "requestId"), userId);
    }

    private OutboxEvent confirmation(UUID requestId) {
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        ObjectNode payload = mapper.createObjectNode();
        payload.put("eventId", eventId.toString());
        payload.put("occurredAt", now.toString());
        payload.put("requestId", requestId.toString());
        payload.put("service", "progress");
        return new OutboxEvent(eventId, CONFIRMATION_TOPIC, requestId.toString(), CONFIRMED, now, payload.toString());
    }

    private static boolean firstTime(Connection connection, UUID eventId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into erasure_request_applied (event_id) values (?) on conflict do nothing")) {
            insert.setObject(1, eventId);
            return insert.executeUpdate() == 1;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidEvent("$." + field + ": must be a string");
        }
        return value.textValue();
    }

    private static UUID uuid(JsonNode body, String field) {
        try {
            return UUID.fromString(text(body, field));
        } catch (IllegalArgumentException e) {
            throw new InvalidEvent("$." + field + ": must be a UUID");
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "progress-erasure");
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId() + "-erasure");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return properties;
    }
}
