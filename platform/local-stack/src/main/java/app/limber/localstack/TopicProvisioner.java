package app.limber.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Brings the broker's topics in line with the declared list: creates the missing ones and, for those kept
 * from an earlier run, re-applies the declared configuration and grows partitions that are short. Running
 * it again changes nothing.
 */
public final class TopicProvisioner {

    private static final short REPLICATION_FACTOR = 1;
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
            List<NewTopic> missing = new ArrayList<>();
            List<TopicSpec> kept = new ArrayList<>();
            for (TopicSpec topic : topics) {
                if (existing.contains(topic.name())) {
                    kept.add(topic);
                } else {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), REPLICATION_FACTOR).configs(topic.config()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            if (!kept.isEmpty()) {
                reconcile(admin, kept);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new StackStartException("could not create Kafka topics: " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("interrupted while creating Kafka topics", e);
        }
    }

    private static void reconcile(Admin admin, List<TopicSpec> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> descriptions = admin
                .describeTopics(topics.stream().map(TopicSpec::name).toList())
                .allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, NewPartitions> grow = new HashMap<>();
        Map<ConfigResource, java.util.Collection<AlterConfigOp>> configs = new HashMap<>();
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
