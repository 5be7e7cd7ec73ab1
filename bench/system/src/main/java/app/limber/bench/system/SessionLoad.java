package app.limber.bench.system;

import app.limber.bench.common.LoadClient;
import app.limber.bench.common.Percentiles;
import app.limber.bench.common.Timeline;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST /sessions at a constant arrival rate, where a session is done only once routine-service answered 201.
 *
 * <p>A failed attempt (connection refused while the service is down, no answer within 60 s, a 5xx while PostgreSQL
 * restarts) is retried with the same Idempotency-Key and body until it succeeds, so that no session the
 * bench meant to record can go missing on the client side and a retry can never record it twice. A 4xx is
 * final and counted as rejected (none is expected). Latency runs from the moment the session was due to
 * its 201, retries included, so an outage shows as latency rather than disappearing (no coordinated
 * omission).
 */
final class SessionLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    /** Keep-alive connections to routine-service; a request waits for a free one (its latency counts from due time). */
    static final int CONNECTIONS = Integer.parseInt(Settings.env("BENCH_CONNECTIONS", "64"));

    /*
     * The client's read timeout is 60 s on purpose: a retry is for an attempt that failed (refused, reset, 5xx),
     * not for one that is merely slow. Under overload a short timeout makes the client send the same work again
     * while the server is still doing it, and the retries then take the capacity the sessions need (seen at
     * 1,000/s on two cores).
     */
    private final LoadClient client;
    private final Workload workload;
    private final Timeline timeline;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-retries");
        thread.setDaemon(true);
        return thread;
    });

    final AtomicLong accepted = new AtomicLong();
    final AtomicLong replayed = new AtomicLong();
    final AtomicLong failedAttempts = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong retriedSessions = new AtomicLong();
    /** session sequence -> the id routine-service answered with its 201. */
    final Map<Long, UUID> acknowledged = new ConcurrentHashMap<>();
    final Set<String> rejections = ConcurrentHashMap.newKeySet();
    /** Sessions the bench deleted again after their 201: every {@code deleteEvery}-th (0 = none). */
    final Set<UUID> deleted = ConcurrentHashMap.newKeySet();
    private final long deleteEvery = Long.parseLong(Settings.env("BENCH_DELETE_EVERY", "50"));
    /*
     * Requests in flight, each an open connection (HTTP/1.1): without a cap, an overloaded service makes the
     * bench open connections until this JVM, which also runs the broker, runs out of file descriptors (seen at
     * 1,000/s). When the cap is reached the generator waits; latency still counts from the due time.
     */
    static final int MAX_IN_FLIGHT = Integer.parseInt(Settings.env("BENCH_MAX_IN_FLIGHT", "1000"));
    private final java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);
    /** Sessions whose send waited for a free slot. */
    final AtomicLong capped = new AtomicLong();
    private final Map<Integer, SecondStats> perSecond = new ConcurrentHashMap<>();
    private final long[] latencies;
    private final AtomicLong latencyCount = new AtomicLong();
    private final AtomicLong settledCount = new AtomicLong();
    private volatile long loadStartNanos;
    private volatile long sendEndNanos;
    private volatile long lastAcceptedNanos;

    SessionLoad(String routineBaseUrl, Workload workload, Timeline timeline, int capacity) {
        this.client = new LoadClient(URI.create(routineBaseUrl), CONNECTIONS);
        this.workload = workload;
        this.timeline = timeline;
        this.latencies = new long[capacity];
    }

    /** Posts {@code total} sessions at {@code rate}/s and returns once all were sent (not necessarily settled). */
    void send(long total, double rate) {
        long period = (long) (1e9 / rate);
        loadStartNanos = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = loadStartNanos + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Workload.Session session = workload.session(i);
            if (!inFlight.tryAcquire()) {
                capped.incrementAndGet();
                inFlight.acquireUninterruptibly();
            }
            attempt(session, due, 1);
        }
        sendEndNanos = System.nanoTime();
    }

    /** When {@link #send} returned (System.nanoTime()). */
    long sendEndNanos() {
        return sendEndNanos;
    }

    /** Waits until every session got its 201 (or a final 4xx); false at the deadline. */
    boolean awaitSettled(long total, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (settledCount.get() < total) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    long settled() {
        return settledCount.get();
    }

    /** How long sending took: the planned duration, or longer when the generator had to wait for request slots. */
    double sendSeconds() {
        return (sendEndNanos - loadStartNanos) / 1e9;
    }

    /** 201s per second from the first due time to the last 201: what the service sustained. */
    double sustainedRate() {
        long span = lastAcceptedNanos - loadStartNanos;
        return span <= 0 ? Double.NaN : accepted.get() / (span / 1e9);
    }

    private void attempt(Workload.Session session, long due, int attempt) {
        byte[] request = client.request("POST", "/sessions", Map.of("Authorization", "Bearer " + session.user().token,
                "Idempotency-Key", session.idempotencyKey()), session.body());
        client.submit(request, response -> {
            inFlight.release();
            long now = System.nanoTime();
            int status = response.status();
            if (status == 201) {
                succeeded(session, response, due, now, attempt);
            } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                rejected.incrementAndGet();
                if (rejections.size() < 5) {
                    rejections.add(status + " " + response.body());
                }
                settle();
            } else {
                failedAttempts.incrementAndGet();
                SecondStats stats = stats(now);
                synchronized (stats) {
                    stats.failed++;
                }
                if (attempt == 1) {
                    retriedSessions.incrementAndGet();
                }
                // exponential with jitter, so that the sessions refused during an outage do not all come back at once
                long ceiling = Math.min(5000, 200L << Math.min(attempt - 1, 5));
                long backoffMillis = ceiling / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
                later(() -> attempt(session, due, attempt + 1), backoffMillis);
            }
        });
    }

    private void succeeded(Workload.Session session, LoadClient.Response response, long due, long now, int attempt) {
        Matcher id = ID.matcher(response.body());
        if (id.find()) {
            acknowledged.putIfAbsent(session.sequence(), UUID.fromString(id.group(1)));
        }
        if ("true".equals(response.header("Idempotent-Replayed"))) {
            replayed.incrementAndGet();
        }
        accepted.incrementAndGet();
        lastAcceptedNanos = Math.max(lastAcceptedNanos, now);
        long latency = now - due;
        int slot = (int) latencyCount.getAndIncrement();
        if (slot < latencies.length) {
            latencies[slot] = latency;
        }
        SecondStats stats = stats(now);
        synchronized (stats) {
            stats.ok++;
            stats.latencies.add(latency);
        }
        UUID recorded = acknowledged.get(session.sequence());
        if (recorded != null && deleteEvery > 0 && session.sequence() % deleteEvery == deleteEvery / 2) {
            later(() -> delete(session, recorded, 1), 0);
        } else {
            settle();
        }
    }

    /**
     * Deletes a recorded session again (its limber.session.deleted.v1 must take it out of the statistics exactly
     * once), retrying like the POST; a 404 after a failed attempt means that attempt did delete it.
     */
    private void delete(Workload.Session session, UUID id, int attempt) {
        byte[] request = client.request("DELETE", "/sessions/" + id, Map.of("Authorization", "Bearer " + session.user().token), null);
        client.submit(request, response -> {
            inFlight.release();
            int status = response.status();
            if (status == 204 || (status == 404 && attempt > 1)) {
                deleted.add(id);
                settle();
            } else if (status >= 400 && status < 500) {
                rejected.incrementAndGet();
                rejections.add("DELETE " + status);
                settle();
            } else {
                failedAttempts.incrementAndGet();
                long ceiling = Math.min(5000, 200L << Math.min(attempt - 1, 5));
                later(() -> delete(session, id, attempt + 1),
                        ceiling / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
            }
        });
    }

    /** Runs a retry or a delete after {@code delayMillis}, once a request slot is free (never blocking the timer). */
    private void later(Runnable request, long delayMillis) {
        retries.schedule(() -> {
            if (inFlight.tryAcquire()) {
                request.run();
            } else {
                later(request, 20);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void settle() {
        settledCount.incrementAndGet();
    }

    private SecondStats stats(long nanos) {
        return perSecond.computeIfAbsent((int) Math.floor(timeline.secondsAt(nanos)), s -> new SecondStats());
    }

    /** Latency percentiles (ms) of all 201s, from due time, retries included. */
    double percentile(double q) {
        int n = (int) Math.min(latencyCount.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        return Percentiles.of(sorted, q) / 1e6;
    }

    /** Throughput and latency per second of the run into the timeline. */
    void writeSeries(Timeline out) {
        perSecond.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            SecondStats stats = entry.getValue();
            double t = entry.getKey();
            synchronized (stats) {
                out.sample(t, "throughput (req/s)", "POST /sessions 201", stats.ok);
                out.sample(t, "throughput (req/s)", "failed attempts (retried)", stats.failed);
                if (!stats.latencies.isEmpty()) {
                    long[] sorted = stats.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                    out.sample(t, "POST latency from due time (ms)", "p50", Percentiles.of(sorted, 0.50) / 1e6);
                    out.sample(t, "POST latency from due time (ms)", "p99", Percentiles.of(sorted, 0.99) / 1e6);
                    out.sample(t, "POST latency from due time (ms)", "max", sorted[sorted.length - 1] / 1e6);
                }
            }
        });
    }

    void shutdown() {
        retries.shutdownNow();
        client.close();
    }

    private static final class SecondStats {
        int ok;
        int failed;
        final List<Long> latencies = new ArrayList<>();
    }
}
