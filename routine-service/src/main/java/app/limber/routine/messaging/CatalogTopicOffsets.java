package app.limber.routine.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** The offsets of catalog.exercise-events that the read model's readiness is judged by, asked of the broker. */
@ApplicationScoped
class CatalogTopicOffsets {

    /** A readiness probe must answer; a broker that does not within this is reported, not waited for. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final String topic;
    private final String group;
    private Admin admin;

    CatalogTopicOffsets(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                        @ConfigProperty(name = "mp.messaging.incoming.exercise-events.topic") String topic,
                        @ConfigProperty(name = "mp.messaging.incoming.exercise-events.group.id") String group) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.group = group;
    }

    String topic() {
        return topic;
    }

    /** The offset the next record of each partition will get. */
    Map<Integer, Long> endOffsets() {
        return offsets(OffsetSpec.latest());
    }

    /** The offset of the oldest record each partition still holds. */
    Map<Integer, Long> startOffsets() {
        return offsets(OffsetSpec.earliest());
    }

    /** The read model's consumer group's committed offsets in the topic; partitions without one are absent. */
    Map<Integer, Long> committedOffsets() {
        Map<TopicPartition, OffsetAndMetadata> committed =
                await(admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<Integer, Long> offsets = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null && partition.topic().equals(topic)) {
                offsets.put(partition.partition(), offset.offset());
            }
        });
        return offsets;
    }

    /** No more questions to ask: the connection is let go (a later question opens a new one). */
    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int timeout = (int) TIMEOUT.toMillis();
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "routine-service-read-model-readiness",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout));
        }
        return admin;
    }

    private Map<Integer, Long> offsets(OffsetSpec spec) {
        TopicDescription description = await(admin().describeTopics(List.of(topic)).allTopicNames()).get(topic);
        Map<TopicPartition, OffsetSpec> wanted = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> spec));
        return await(admin().listOffsets(wanted).all()).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
    }

    private static <T> T await(Future<T> answer) {
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the broker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not answer: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not answer within " + TIMEOUT.toSeconds() + " s", e);
        }
    }
}
