package app.limber.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Brings a broker's topics in line with the declared list: creates the missing ones and, for those that exist
 * already (from an earlier run, or created by another client at the same moment), re-applies the declared
 * configuration and grows partitions that are short. Running it again changes nothing. Nothing relies on broker
 * auto-creation. Replication is left to the broker's default: 1 on a single node, more on a real cluster.
 */
public final class TopicProvisioner {

    private static final long TIMEOUT_SECONDS = 60;

    private TopicProvisioner() {
    }

    /** @return the names of the topics that had to be created */
    public static List<String> ensure(String bootstrapServers, List<TopicSpec> topics) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<TopicSpec> kept = new ArrayList<>();
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec topic : topics) {
                if (existing.contains(topic.name())) {
                    kept.add(topic);
                } else {
                    missing.add(new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty()).configs(topic.config()));
                }
            }
            List<String> created = create(admin, missing, topics, kept);
            if (!kept.isEmpty()) {
                reconcile(admin, kept);
            }
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new InfrastructureException("could not create Kafka topics on " + bootstrapServers + ": " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while creating Kafka topics", e);
        }
    }

    /** Creates {@code missing}; one that another client created meanwhile joins {@code kept}, to be reconciled. */
    private static List<String> create(Admin admin, List<NewTopic> missing, List<TopicSpec> declared, List<TopicSpec> kept)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<String> created = new ArrayList<>();
        if (missing.isEmpty()) {
            return created;
        }
        Map<String, KafkaFuture<Void>> results = admin.createTopics(missing).values();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                result.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                created.add(result.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                declared.stream().filter(topic -> topic.name().equals(result.getKey())).forEach(kept::add);
            }
        }
        return created;
    }

    private static void reconcile(Admin admin, List<TopicSpec> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> descriptions = admin
                .describeTopics(topics.stream().map(TopicSpec::name).toList())
                .allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, NewPartitions> grow = new HashMap<>();
        Map<ConfigResource, Collection<AlterConfigOp>> configs = new HashMap<>();
        for (TopicSpec topic : topics) {
            if (descriptions.get(topic.name()).partitions().size() < topic.partitions()) {
                grow.put(topic.name(), NewPartitions.increaseTo(topic.partitions()));
            }
            if (!topic.config().isEmpty()) {
                configs.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.config().entrySet().stream()
                        .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()), AlterConfigOp.OpType.SET))
                        .toList());
            }
        }
        if (!grow.isEmpty()) {
            admin.createPartitions(grow).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        if (!configs.isEmpty()) {
            admin.incrementalAlterConfigs(configs).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
