package app.limber.routine.messaging;

import app.limber.platform.privacy.UserKeyRecord;
import app.limber.routine.support.Contracts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event types and topics routine names in its own code, held to {@code events.json} and
 * {@code topics.json}: an event added, dropped or moved on either side fails the build.
 */
class EventContractNamesTest {

    private static final String ROUTINE = "routine";

    @Test
    void routinePublishesTheEventsTheContractsSayItProducesEachOnItsTopic() {
        Map<String, String> contract = Contracts.events().stream()
                .filter(e -> java.util.Arrays.asList(e.producer().split(", ")).contains(ROUTINE))
                .collect(Collectors.toMap(Contracts.Event::type, Contracts.Event::topic, (a, b) -> a, TreeMap::new));
        Map<String, String> published = new TreeMap<>(PlanAndSessionEvents.TOPICS);
        published.putAll(CoachingEvents.TOPICS);
        published.putAll(ErasureEvents.TOPICS);
        published.put(UserKeyRecord.TYPE, UserKeyRecord.TOPIC);
        assertEquals(contract, published);
        Set<String> named = eventTypes(PlanAndSessionEvents.class);
        named.addAll(eventTypes(CoachingEvents.class));
        named.addAll(eventTypes(ErasureEvents.class));
        named.add(UserKeyRecord.TYPE);
        assertEquals(contract.keySet(), named,
                "event types PlanAndSessionEvents, CoachingEvents, ErasureEvents and UserKeyPublisher name");
    }

    @Test
    void routineReadsTheEventsTheContractsSayItConsumesFromTheTopicItListensTo() {
        Set<String> contract = Contracts.events().stream().filter(e -> e.consumers().contains(ROUTINE))
                .map(Contracts.Event::type).collect(Collectors.toCollection(TreeSet::new));
        Set<String> understood = eventTypes(CatalogEventParser.class);
        understood.addAll(Set.of(ErasureEvents.REQUESTED, ErasureEvents.CONFIRMED));
        assertEquals(contract, understood, "event types CatalogEventParser and ErasureEventParser understand");
        Map<String, String> listened = Map.of(CatalogEventParser.UPSERTED, incomingTopic(), CatalogEventParser.RETIRED,
                incomingTopic(), ErasureEvents.REQUESTED, applicationProperty("mp.messaging.incoming.erasure-requests.topic"),
                ErasureEvents.CONFIRMED, applicationProperty("mp.messaging.incoming.erasure-confirmations.topic"));
        Contracts.events().stream().filter(e -> e.consumers().contains(ROUTINE))
                .forEach(e -> assertEquals(e.topic(), listened.get(e.type()), e.type() + " travels on"));
    }

    @Test
    void everyTopicRoutineUsesIsAContractTopic() {
        assertTrue(Contracts.topics().containsAll(Set.of(PlanAndSessionEvents.PLAN_TOPIC,
                PlanAndSessionEvents.SESSION_TOPIC, CoachingEvents.TOPIC, UserKeyRecord.TOPIC, incomingTopic())),
                "topics.json: " + Contracts.topics());
        assertEquals(incomingTopic() + Contracts.deadLetterSuffix(),
                applicationProperty("mp.messaging.incoming.exercise-events.dead-letter-queue.topic"));
    }

    /** The values of the class's constants that name an event type, such as {@code limber.plan.ended.v1}. */
    private static Set<String> eventTypes(Class<?> type) {
        Set<String> types = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                try {
                    String value = (String) field.get(null);
                    if (value != null && value.matches("limber\\.[a-z.-]+\\.v[0-9]+")) {
                        types.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return types;
    }

    private static String incomingTopic() {
        return applicationProperty("mp.messaging.incoming.exercise-events.topic");
    }

    private static String applicationProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = EventContractNamesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new AssertionError("cannot read application.properties", e);
        }
        String value = properties.getProperty(name);
        if (value == null) {
            throw new AssertionError("application.properties sets no " + name);
        }
        return value;
    }
}
