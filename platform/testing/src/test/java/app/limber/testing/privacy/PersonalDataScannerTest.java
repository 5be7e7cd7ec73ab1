package app.limber.testing.privacy;

import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.LimberTestResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner finds a needle in any row, and in any record's key, value or header, dead-letter topics included. */
class PersonalDataScannerTest {

    @Test
    void findsTheNeedleInEveryPlaceItHidesAndNothingForAnother() throws Exception {
        String canary = "canary-" + UUID.randomUUID();
        String absent = "absent-" + UUID.randomUUID();
        String jdbcUrl = new LimberTestResource().start().get("quarkus.datasource.jdbc.url");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, LimberTestResource.jdbcUser(),
                LimberTestResource.jdbcPassword()); Statement statement = connection.createStatement()) {
            statement.execute("create table person (id int primary key, note jsonb, score int)");
            statement.execute("insert into person values (1, '{\"name\": \"" + canary + "\"}', 7), (2, '{}', 3)");
            statement.execute("create table other (id int)");
        }
        KafkaTopicProbe.send("routine.session-events.dlq", canary, "{}");
        KafkaTopicProbe.send("privacy.erasure-requests", "k", "{\"userId\":\"" + canary + "\"}");
        KafkaTopicProbe.send("progress.coach-alerts", "k", "{}", Map.of("dead-letter-reason", "was " + canary));

        List<PersonalDataScanner.Database> databases = List.of(new PersonalDataScanner.Database("scanned", jdbcUrl,
                LimberTestResource.jdbcUser(), LimberTestResource.jdbcPassword()));
        List<PersonalDataScanner.Finding> inRows = PersonalDataScanner.databases(databases, List.of(canary, absent));
        List<PersonalDataScanner.Finding> inRecords = PersonalDataScanner.topics(LimberTestResource.kafkaBootstrapServers(),
                List.of(canary, absent));

        assertEquals(List.of(new PersonalDataScanner.Finding(canary, "scanned/person (1 rows)")), inRows);
        assertEquals(Set.of("routine.session-events.dlq", "privacy.erasure-requests", "progress.coach-alerts"),
                PersonalDataScanner.stores(inRecords));
        assertTrue(inRecords.stream().anyMatch(f -> f.where().endsWith(" key")));
        assertTrue(inRecords.stream().anyMatch(f -> f.where().endsWith(" value")));
        assertTrue(inRecords.stream().anyMatch(f -> f.where().endsWith(" header dead-letter-reason")));
        assertTrue(inRecords.stream().noneMatch(f -> f.needle().equals(absent)));
    }
}
