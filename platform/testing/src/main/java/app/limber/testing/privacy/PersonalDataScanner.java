package app.limber.testing.privacy;

import app.limber.platform.privacy.MasterKey;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Looks for a person everywhere Limber keeps data, for tests and benches alike: every row of every table of the given
 * databases (each row as text) and every record of every topic, dead-letter topics included, from the beginning to
 * the end offsets of the moment (key, value and every header, as UTF-8). A finding says where a needle is; a proof
 * of erasure first shows the scanner finds the person, then that it finds nothing.
 */
public final class PersonalDataScanner {

    /** A database to read: a name for findings, and how to connect. */
    public record Database(String name, String jdbcUrl, String user, String password) {
    }

    /** Where a needle was found: {@code database/table} or {@code topic-partition@offset key|value|header name}. */
    public record Finding(String needle, String where) {

        /** The topic or {@code database/table} part of {@link #where()}. */
        public String store() {
            int cut = where.indexOf(' ');
            String place = cut < 0 ? where : where.substring(0, cut);
            int at = place.lastIndexOf('@');
            if (at < 0) {
                return place;
            }
            String partition = place.substring(0, at);
            return partition.substring(0, partition.lastIndexOf('-'));
        }
    }

    private static final Duration READ_DEADLINE = Duration.ofSeconds(60);

    private PersonalDataScanner() {
    }

    /** Every row of every table of each database whose text holds a needle, one finding per table and needle. */
    public static List<Finding> databases(List<Database> databases, Collection<String> needles) {
        List<Finding> findings = new ArrayList<>();
        for (Database database : databases) {
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
                for (String table : tables(connection)) {
                    for (String needle : needles) {
                        try (PreparedStatement statement = connection.prepareStatement(
                                "select count(*) from \"" + table + "\" t where strpos(t::text, ?) > 0")) {
                            statement.setString(1, needle);
                            try (ResultSet result = statement.executeQuery()) {
                                result.next();
                                long rows = result.getLong(1);
                                if (rows > 0) {
                                    findings.add(new Finding(needle, database.name() + "/" + table + " (" + rows + " rows)"));
                                }
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot scan database " + database.name(), e);
            }
        }
        return findings;
    }

    /**
     * Every record of every topic (internal ones aside) holding a needle in its key, value or a header, as anyone who
     * can read the topics sees them (sealed payloads as they are).
     */
    public static List<Finding> topics(String bootstrapServers, Collection<String> needles) {
        return topics(bootstrapServers, needles, null);
    }

    /**
     * The same, as a holder of the master key sees them: a sealed payload whose user's key is still on
     * routine.user-keys is also opened and searched (a finding "value, opened").
     */
    public static List<Finding> topics(String bootstrapServers, Collection<String> needles, MasterKey master) {
        List<byte[]> encoded = needles.stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toList();
        List<String> names = new ArrayList<>(needles);
        List<Finding> findings = new ArrayList<>();
        SealedValues sealed = new SealedValues(master);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topicNames(bootstrapServers)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_DEADLINE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read every topic to its end within " + READ_DEADLINE);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    String at = record.topic() + "-" + record.partition() + "@" + record.offset();
                    sealed.collect(record, at);
                    for (int i = 0; i < encoded.size(); i++) {
                        if (contains(record.key(), encoded.get(i))) {
                            findings.add(new Finding(names.get(i), at + " key"));
                        }
                        if (contains(record.value(), encoded.get(i))) {
                            findings.add(new Finding(names.get(i), at + " value"));
                        }
                        for (Header header : record.headers()) {
                            if (contains(header.value(), encoded.get(i))) {
                                findings.add(new Finding(names.get(i), at + " header " + header.key()));
                            }
                        }
                    }
                }
            }
        }
        sealed.opened().forEach((at, value) -> {
            for (int i = 0; i < encoded.size(); i++) {
                if (contains(value, encoded.get(i))) {
                    findings.add(new Finding(names.get(i), at + " value, opened"));
                }
            }
        });
        return findings;
    }

    /** The stores (topics, database/table) of the findings, sorted. */
    public static TreeSet<String> stores(List<Finding> findings) {
        TreeSet<String> stores = new TreeSet<>();
        findings.forEach(f -> stores.add(f.store()));
        return stores;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private static List<String> topicNames(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(t -> !t.startsWith("__"))
                    .sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the topics", e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null || needle.length == 0 || haystack.length < needle.length) {
            return false;
        }
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
