package app.limber.bench.system;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the events are on their way from routine-service to progress-service: outbox rows not yet published
 * (routine's database), records not yet consumed by the progress group (Kafka admin API: end offsets minus
 * committed offsets of both topics) and events progress-service applied (its
 * {@code limber_progress_events_applied_total}). Every read may fail while a part is being restarted; it
 * then answers empty and the sample is skipped.
 */
final class SystemMonitor implements AutoCloseable {

    static final String GROUP = "progress-service";
    static final List<String> TOPICS = List.of("routine.session-events", "routine.plan-events");
    private static final Pattern APPLIED = Pattern.compile("(?m)^limber_progress_events_applied_total(?:\\{[^}]*})?\\s+([0-9.eE+]+)");

    private final Admin admin;
    private final String routineJdbc;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    SystemMonitor(String bootstrapServers, String routineJdbc) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        this.routineJdbc = routineJdbc;
    }

    /** Records of both topics the progress group has not committed yet. */
    OptionalLong consumerLag() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
            Set<String> names = Set.copyOf(TOPICS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(TOPICS).allTopicNames().get(3, TimeUnit.SECONDS).values().forEach(topic ->
                    topic.partitions().forEach(p -> request.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(request).all()
                    .get(3, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                if (!names.contains(end.getKey().topic())) {
                    continue;
                }
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return OptionalLong.of(lag);
        } catch (Exception e) {
            return OptionalLong.empty();
        }
    }

    /** Members of the progress consumer group. */
    OptionalLong groupMembers() {
        try {
            return OptionalLong.of(admin.describeConsumerGroups(List.of(GROUP)).all().get(3, TimeUnit.SECONDS)
                    .get(GROUP).members().size());
        } catch (Exception e) {
            return OptionalLong.empty();
        }
    }

    /** Outbox rows routine-service committed but has not published yet. */
    OptionalLong outboxPending() {
        try (Connection connection = DriverManager.getConnection(routineJdbc, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(3);
            try (ResultSet rows = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
                rows.next();
                return OptionalLong.of(rows.getLong(1));
            }
        } catch (Exception e) {
            return OptionalLong.empty();
        }
    }

    /** limber_progress_events_applied_total of one progress instance (counts since that process started). */
    OptionalDouble applied(String progressBaseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(progressBaseUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = APPLIED.matcher(body);
            return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
        } catch (Exception e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Waits until everything routine-service committed has been published and consumed: outbox empty and
     * lag 0, seen twice a second apart. Returns the seconds it took, or empty at the deadline.
     */
    OptionalDouble awaitDrained(Duration timeout, Supplier<Boolean> onTick) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int quietTicks = 0;
        while (System.nanoTime() < deadline) {
            onTick.get();
            OptionalLong pending = outboxPending();
            OptionalLong lag = consumerLag();
            boolean drained = pending.isPresent() && pending.getAsLong() == 0 && lag.isPresent() && lag.getAsLong() == 0;
            quietTicks = drained ? quietTicks + 1 : 0;
            if (quietTicks >= 2) {
                return OptionalDouble.of((System.nanoTime() - start) / 1e9);
            }
            Thread.sleep(1000);
        }
        return OptionalDouble.empty();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
