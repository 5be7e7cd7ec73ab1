package app.limber.progress.messaging;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import app.limber.progress.config.ConsumerSettings;

/**
 * The live consumer's loop, until its stop signal: poll, read the poll while the previous one is written
 * ({@link PollPipeline}), then hand it over. A poll whose write failed is read again from its first offsets
 * after a pause that doubles with every failure in a row.
 */
final class PollLoop {

    private final KafkaConsumer<byte[], byte[]> kafka;
    private final PollProcessor processor;
    private final PollPipeline pipeline;
    private final ConsumerSettings settings;
    private final CountDownLatch stopSignal;

    PollLoop(KafkaConsumer<byte[], byte[]> kafka, PollProcessor processor, PollPipeline pipeline,
             ConsumerSettings settings, CountDownLatch stopSignal) {
        this.kafka = kafka;
        this.processor = processor;
        this.pipeline = pipeline;
        this.settings = settings;
        this.stopSignal = stopSignal;
    }

    void run() throws InterruptedException {
        Duration backoff = settings.retryBackoff();
        while (stopSignal.getCount() > 0) {
            ConsumerRecords<byte[], byte[]> records = kafka.poll(settings.pollTimeout());
            PollProcessor.Poll next = records.isEmpty() ? null : processor.read(records);
            pipeline.settle();
            PollProcessor.Poll failed = pipeline.takeFailed();
            if (failed != null) {
                // read again from the failed poll's first offsets; the later poll first, so that the failed
                // one's (earlier) offsets win where both hold records of one partition
                if (next != null) {
                    rewind(next.records());
                }
                rewind(failed.records());
                if (stopSignal.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
                backoff = doubled(backoff);
                continue;
            }
            backoff = settings.retryBackoff();
            if (next != null) {
                pipeline.submit(next);
            }
        }
        pipeline.settle();
    }

    private Duration doubled(Duration backoff) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : twice;
    }

    /** Seeks every still-assigned partition of a poll back to its first record. */
    private void rewind(ConsumerRecords<?, ?> records) {
        for (TopicPartition partition : records.partitions()) {
            if (kafka.assignment().contains(partition)) {
                kafka.seek(partition, records.records(partition).get(0).offset());
            }
        }
    }
}
