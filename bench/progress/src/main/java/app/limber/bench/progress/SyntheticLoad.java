package app.limber.bench.progress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.MasterKey;
import app.limber.platform.privacy.SealedEvent;
import app.limber.platform.privacy.UserKeyRecord;
import app.limber.testing.TestMasterKey;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A year of training for many users: one open-ended plan each (started a year ago, 2–4 sessions a week, in one
 * of four zones) and sessions at random instants of the year, in time order (as a live stream would be), 70 %
 * naming the plan. Every session carries its routine's prescription ({@link #PRESCRIPTION}) and logs each of its three
 * items, the bridge a set short. Deterministic (seeded), and kept in compact arrays so that the direct-write baseline can
 * write exactly the same rows.
 */
final class SyntheticLoad {

    static final String[] ZONES = {"Europe/Berlin", "America/New_York", "UTC", "Asia/Tokyo"};
    static final String[][] EXERCISES = {
            {"clamshells", "glutes,abductors,hips", "3", "15", "0"},
            {"half-pigeon", "glutes,hips,hip-flexors", "1", "0", "60"},
            {"glute-bridge", "glutes,hamstrings,core", "2", "12", "3"}};
    /** What the routine prescribes for the three exercises, as routine publishes it. */
    static final String PRESCRIPTION = "{\"rounds\":{\"min\":1,\"max\":1},\"items\":["
            + "{\"position\":1,\"exerciseSlug\":\"clamshells\",\"perSide\":true,\"sets\":{\"min\":3,\"max\":3},"
            + "\"reps\":{\"min\":15,\"max\":20}},"
            + "{\"position\":2,\"exerciseSlug\":\"half-pigeon\",\"perSide\":true,\"sets\":{\"min\":1,\"max\":1},"
            + "\"holdSeconds\":{\"min\":60,\"max\":90}},"
            + "{\"position\":3,\"exerciseSlug\":\"glute-bridge\",\"perSide\":false,\"sets\":{\"min\":3,\"max\":3},"
            + "\"reps\":{\"min\":12,\"max\":15},\"holdSeconds\":{\"min\":3,\"max\":5}}]}";
    private static final long YEAR_SECONDS = 364L * 24 * 3600;

    final int users;
    final int sessions;
    final LocalDate planStart;
    final UUID[] routine = new UUID[4];
    final UUID[] plan;
    final int[] sessionUser;
    final long[] completedAt;
    final UUID[] eventId;
    final UUID[] sessionId;
    final boolean[] namesPlan;
    final int[] duration;

    SyntheticLoad(int users, int sessions, Instant now) {
        this.users = users;
        this.sessions = sessions;
        Random random = new Random(42);
        planStart = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(364);
        for (int i = 0; i < routine.length; i++) {
            routine[i] = uuid(random);
        }
        plan = new UUID[users];
        for (int u = 0; u < users; u++) {
            plan[u] = uuid(random);
        }
        long[] order = new long[sessions];
        long first = now.getEpochSecond() - YEAR_SECONDS;
        for (int i = 0; i < sessions; i++) {
            order[i] = ((first + (long) (random.nextDouble() * (YEAR_SECONDS - 60))) << 24) | random.nextInt(users);
        }
        Arrays.sort(order);
        sessionUser = new int[sessions];
        completedAt = new long[sessions];
        eventId = new UUID[sessions];
        sessionId = new UUID[sessions];
        namesPlan = new boolean[sessions];
        duration = new int[sessions];
        for (int i = 0; i < sessions; i++) {
            completedAt[i] = order[i] >>> 24;
            sessionUser[i] = (int) (order[i] & 0xFFFFFF);
            eventId[i] = uuid(random);
            sessionId[i] = uuid(random);
            namesPlan[i] = random.nextInt(10) < 7;
            duration[i] = 900 + random.nextInt(1800);
        }
    }

    static String user(int u) {
        return String.format("bench-user-%05d", u);
    }

    static ZoneId zone(int u) {
        return ZoneId.of(ZONES[u % ZONES.length]);
    }

    static int weeklyTarget(int u) {
        return 2 + u % 3;
    }

    UUID routineOf(int u) {
        return routine[u % routine.length];
    }

    LocalDate localDate(int i) {
        return Instant.ofEpochSecond(completedAt[i]).atZone(zone(sessionUser[i])).toLocalDate();
    }

    /**
     * Sends the plans, then the sessions, to the topics the way routine-service does; returns when all are
     * acknowledged. {@code sealed}: as routine does by default, each user's key first on routine.user-keys (wrapped
     * with the test master key the bench's service is given), then every payload sealed with it and keyed by the
     * user's alias; otherwise plain payloads keyed by user id, as with {@code limber.privacy.seal-events=false}.
     */
    void produce(String bootstrapServers, boolean sealed) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        // the broker shares two cores with everything else while a million records go out: wait for it
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "900000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "300000");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "900000");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        AtomicLong failures = new AtomicLong();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            Random random = new Random(7);
            Keys keys = sealed ? Keys.issue(users, producer, failures) : null;
            for (int u = 0; u < users; u++) {
                UUID id = uuid(random);
                producer.send(record("routine.plan-events", "limber.plan.scheduled.v1", u, id, planJson(u, id), keys),
                        (metadata, error) -> count(error, failures));
            }
            for (int i = 0; i < sessions; i++) {
                producer.send(record("routine.session-events", "limber.session.completed.v1", sessionUser[i],
                        eventId[i], sessionJson(i), keys), (metadata, error) -> count(error, failures));
            }
            producer.flush();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " records were not acknowledged");
        }
    }

    /** Each user's data key and alias, published wrapped on routine.user-keys as routine does. */
    private record Keys(String[] alias, DataKey[] key) {

        static Keys issue(int users, KafkaProducer<String, String> producer, AtomicLong failures) {
            Keys keys = new Keys(new String[users], new DataKey[users]);
            MasterKey master = TestMasterKey.masterKey();
            for (int u = 0; u < users; u++) {
                keys.alias[u] = UUID.randomUUID().toString();
                keys.key[u] = DataKey.random();
                UserKeyRecord record = new UserKeyRecord(UUID.randomUUID(), Instant.now(), keys.alias[u],
                        master.wrap(keys.key[u], keys.alias[u]));
                ProducerRecord<String, String> published = new ProducerRecord<>(UserKeyRecord.TOPIC, keys.alias[u],
                        record.toJson());
                published.headers().add("ce_id", record.eventId().toString().getBytes(StandardCharsets.UTF_8));
                published.headers().add("ce_type", UserKeyRecord.TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(published, (metadata, error) -> count(error, failures));
            }
            // a key is on its topic before any event sealed with it, as routine publishes them
            producer.flush();
            return keys;
        }
    }

    private static void count(Exception error, AtomicLong failures) {
        if (error != null) {
            failures.incrementAndGet();
        }
    }

    private static ProducerRecord<String, String> record(String topic, String type, int u, UUID id, String json,
                                                         Keys keys) {
        ProducerRecord<String, String> record = keys == null ? new ProducerRecord<>(topic, user(u), json)
                : new ProducerRecord<>(topic, keys.alias[u],
                SealedEvent.seal(keys.key[u], keys.alias[u], id.toString(), type, json));
        record.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/bench".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    String planJson(int u, UUID id) {
        return "{\"eventId\":\"" + id + "\",\"occurredAt\":\"" + planStart.atStartOfDay(ZoneOffset.UTC).toInstant()
                + "\",\"userId\":\"" + user(u) + "\",\"planId\":\"" + plan[u] + "\",\"routineId\":\"" + routineOf(u)
                + "\",\"weeklyTarget\":" + weeklyTarget(u) + ",\"timeZone\":\"" + zone(u).getId()
                + "\",\"startsOn\":\"" + planStart + "\",\"endsOn\":null}";
    }

    String sessionJson(int i) {
        int u = sessionUser[i];
        Instant done = Instant.ofEpochSecond(completedAt[i]);
        StringBuilder json = new StringBuilder(900);
        json.append("{\"eventId\":\"").append(eventId[i]).append("\",\"occurredAt\":\"").append(done)
                .append("\",\"userId\":\"").append(user(u)).append("\",\"sessionId\":\"").append(sessionId[i])
                .append("\",\"routineId\":\"").append(routineOf(u)).append("\",\"planId\":")
                .append(namesPlan[i] ? "\"" + plan[u] + "\"" : "null")
                .append(",\"purpose\":\"strength\",\"startedAt\":\"").append(done.minusSeconds(duration[i]))
                .append("\",\"completedAt\":\"").append(done).append("\",\"timeZone\":\"").append(zone(u).getId())
                .append("\",\"localDate\":\"").append(localDate(i)).append("\",\"durationSeconds\":").append(duration[i])
                .append(",\"exercises\":[");
        for (int e = 0; e < EXERCISES.length; e++) {
            String[] x = EXERCISES[e];
            json.append(e == 0 ? "" : ",").append("{\"exerciseSlug\":\"").append(x[0]).append("\",\"targetAreas\":[\"")
                    .append(x[1].replace(",", "\",\"")).append("\"],\"side\":\"both\",\"setsDone\":").append(x[2])
                    .append(",\"repsDone\":").append(x[3]).append(",\"holdSeconds\":").append(x[4])
                    .append(",\"completed\":true,\"itemPosition\":").append(e + 1).append('}');
        }
        return json.append("],\"effort\":6,\"prescription\":").append(PRESCRIPTION).append('}').toString();
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE);
    }
}
