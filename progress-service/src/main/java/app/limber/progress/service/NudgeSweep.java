package app.limber.progress.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.config.MilestoneConfig;
import app.limber.progress.config.NudgeSweepConfig;
import app.limber.progress.domain.milestone.DueMilestone;
import app.limber.progress.domain.milestone.DueMilestones;
import app.limber.progress.domain.milestone.MilestoneChanges;
import app.limber.progress.domain.milestone.MilestoneFacts;
import app.limber.progress.domain.milestone.HandledNudges;
import app.limber.progress.domain.milestone.MilestoneSettings;
import app.limber.progress.domain.milestone.NudgeDecision;
import app.limber.progress.domain.milestone.NudgePolicy;
import app.limber.progress.domain.milestone.NudgePreferences;
import app.limber.progress.messaging.MilestoneEvents;
import app.limber.progress.persistence.MilestoneFactsReader;
import app.limber.progress.persistence.MilestoneStore;
import app.limber.progress.persistence.NudgePreferencesStore;
import app.limber.progress.persistence.NudgeSchedule;
import app.limber.progress.persistence.RollupStore;
import app.limber.progress.persistence.Tables;
import app.limber.progress.persistence.UserKeyed;
import app.limber.progress.persistence.WriteTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the nudges (week-at-risk, week-missed, inactive) due at an instant and records each once: published through
 * the outbox, or suppressed as the user's settings say. Due users are claimed from {@code nudge_schedule} with
 * {@code FOR UPDATE SKIP LOCKED}, then their user rows, the ones a batch locks first, are taken without waiting
 * ({@link RollupStore#lockFree}): instances share the work, never take one user twice at once, never interleave with a
 * batch on that user and never wait for one (a batch holding the user row waits for the schedule row to bring it
 * forward, so waiting for it would deadlock the two); a user passed over stays due for the next sweep. A nudge's id is
 * its key's first occurrence: it is recorded once, whoever reaches it, and not at all when the user already has it
 * ({@link HandledNudges}: an inactive spell is nudged once, however a late session moves the day it counts from).
 * After downtime a sweep sends what is still due today in the user's zone and drops what went stale
 * ({@link DueMilestone}: a nudge is due from the nudge hour to the end of its local day).
 */
@ApplicationScoped
public class NudgeSweep {

    /** What one sweep did. */
    public record Swept(int users, int published, int suppressed) {

        Swept plus(Swept other) {
            return new Swept(users + other.users, published + other.published, suppressed + other.suppressed);
        }
    }

    private final DataSource dataSource;
    private final NudgePreferencesStore preferences;
    private final MilestoneEvents events;
    private final Outbox outbox;
    private final MilestoneSettings settings;
    private final int claim;
    private final ExecutorService workers;
    private final int workerCount;
    private final NudgeSchedule schedule = new NudgeSchedule();
    private final MilestoneStore store = new MilestoneStore();
    private final MilestoneFactsReader facts = new MilestoneFactsReader(Tables.LIVE);
    private final RollupStore users = new RollupStore(Tables.LIVE);

    NudgeSweep(DataSource dataSource, NudgePreferencesStore preferences, MilestoneEvents events, Outbox outbox,
               MilestoneConfig config, NudgeSweepConfig sweepConfig) {
        this.dataSource = dataSource;
        this.preferences = preferences;
        this.events = events;
        this.outbox = outbox;
        this.settings = config.settings();
        this.claim = atLeastOne(sweepConfig.sweepClaim(), "limber.nudges.sweep-claim");
        this.workerCount = atLeastOne(sweepConfig.sweepWorkers(), "limber.nudges.sweep-workers");
        AtomicInteger named = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "nudge-sweep-worker-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static int atLeastOne(int value, String property) {
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be at least 1, not " + value);
        }
        return value;
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    /**
     * Every user due by {@code now}, a claim at a time on each worker, until none is left. The workers' claims never
     * overlap ({@code SKIP LOCKED}), as two instances' do not.
     */
    public Swept sweep(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        List<Future<Swept>> running = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) {
            running.add(workers.submit(() -> drain(at)));
        }
        Swept total = new Swept(0, 0, 0);
        RuntimeException failure = null;
        for (Future<Swept> worker : running) {
            try {
                total = total.plus(worker.get());
            } catch (ExecutionException e) {
                failure = failure != null ? failure : asRuntime(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(other -> other.cancel(true));
                throw new IllegalStateException("interrupted while the nudge sweep ran", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return total;
    }

    private Swept drain(Instant now) {
        Swept total = new Swept(0, 0, 0);
        while (true) {
            Swept claimed = claimAndSend(now);
            if (claimed.users() == 0) {
                return total;
            }
            total = total.plus(claimed);
        }
    }

    private static RuntimeException asRuntime(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    private Swept claimAndSend(Instant now) {
        Swept swept = WriteTransaction.run(dataSource, "sweep nudges", connection -> send(connection, now));
        if (swept.published() > 0) {
            outbox.wakeRelay();
        }
        return swept;
    }

    private Swept send(Connection connection, Instant now) throws SQLException {
        List<String> claimed = schedule.claimDue(connection, now, claim);
        if (claimed.isEmpty()) {
            return new Swept(0, 0, 0);
        }
        // a user a batch holds stays due for the next sweep; a claim of only such users ends this sweep's drain
        Set<String> sorted = users.lockFree(connection, claimed);
        if (sorted.isEmpty()) {
            return new Swept(0, 0, 0);
        }
        Map<String, MilestoneFactsReader.StoredFacts> factsByUser = facts.readForNudges(connection, sorted,
                MilestoneFacts.nudgeWindowStart(now));
        Map<String, NudgePreferences> preferencesByUser = preferences.of(connection, sorted);
        // no zone is more than a day ahead of UTC or behind it: two days back covers every user's today
        Map<String, MilestoneStore.RecentNudges> recorded = store.recentNudges(connection, sorted,
                now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(2));
        List<MilestoneStore.Occurrence> occurrences = new ArrayList<>();
        List<OutboxEvent> outgoing = new ArrayList<>();
        List<UserKeyed<Optional<Instant>>> nextLooks = new ArrayList<>();
        int suppressed = 0;
        for (String user : sorted) {
            NudgePreferences prefs = preferencesByUser.get(user);
            MilestoneFactsReader.StoredFacts stored = factsByUser.get(user);
            HandledNudges handled = recorded.get(user).handled();
            Map<LocalDate, Integer> sent = recorded.get(user).sentPerDay();
            for (DueMilestone due : DueMilestones.at(stored.facts(), prefs.nudgeHour(), settings, now)) {
                if (handled.handles(due)) {
                    continue;
                }
                handled = handled.with(due);
                NudgeDecision decision = NudgePolicy.decide(prefs, due.milestone().type(), due.localDateTime(now),
                        sent.getOrDefault(due.localDate(), 0));
                MilestoneChanges.Publication nudge = new MilestoneChanges.Publication(due.milestone(), 1);
                String details = events.details(due.milestone());
                occurrences.add(new MilestoneStore.Occurrence(nudge.id(), due.key(), 1, details, due.localDate(), now,
                        decision.sends() ? null : decision.reason().slug()));
                if (decision.sends()) {
                    outgoing.add(events.event(due.milestone().type(), nudge.id(), user, now,
                            events.payload(nudge.id(), user, now, details)));
                    sent.merge(due.localDate(), 1, Integer::sum);
                } else {
                    suppressed++;
                }
            }
            nextLooks.add(new UserKeyed<>(user,
                    DueMilestones.next(stored.facts(), prefs.nudgeHour(), settings, now, handled)));
        }
        schedule.next(connection, nextLooks);
        store.insert(connection, occurrences);
        outbox.append(connection, outgoing);
        return new Swept(sorted.size(), outgoing.size(), suppressed);
    }
}
