package app.limber.progress.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The consumer's meters as {@code /q/metrics} shows them, under the names the ingestion bench and dashboards
 * scrape: events applied (new event ids only), records dead-lettered, and one timed batch per committed poll.
 */
class ConsumerMetersTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ConsumerMeters meters = new ConsumerMeters(registry);

    @Test
    void theyShowAtZeroBeforeTheFirstBatch() {
        assertScraped("limber_progress_events_applied_total 0.0");
        assertScraped("limber_progress_events_dead_lettered_total 0.0");
        assertScraped("limber_progress_batch_seconds_count 0.0");
    }

    @Test
    void aCommittedBatchCountsItsAppliedEventsAndDeadLetters() {
        DeadLetters.Rejection poison = new DeadLetters.Rejection(
                new ConsumerRecord<>(EventReader.SESSION_TOPIC, 0, 41L, null, new byte[0]), "null value");
        meters.batchCommitted(meters.batchStarted(), new PollProcessor.Outcome(7, 5, List.of(poison)));
        meters.batchCommitted(meters.batchStarted(), new PollProcessor.Outcome(3, 2, List.of()));

        assertScraped("limber_progress_events_applied_total 7.0");
        assertScraped("limber_progress_events_dead_lettered_total 1.0");
        assertScraped("limber_progress_batch_seconds_count 2.0");
    }

    private void assertScraped(String line) {
        String scrape = registry.scrape();
        assertTrue(scrape.lines().anyMatch(line::equals), "no line '" + line + "' in\n" + scrape);
    }
}
