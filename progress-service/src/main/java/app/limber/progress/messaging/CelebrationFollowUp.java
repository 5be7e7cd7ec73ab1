package app.limber.progress.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import app.limber.progress.persistence.NudgeSchedule;
import app.limber.progress.service.Celebrations;

/**
 * The live consumer's celebrations, and a look from the nudge sweep soon, since new facts can make a nudge due or not.
 * A batch's writer waits while PostgreSQL runs its statements; what the sessions in order decide without the database
 * ({@link Celebrations#ahead}) is worked out on {@code executor} in that time instead of after it.
 */
final class CelebrationFollowUp implements BatchFollowUp {

    private final Celebrations celebrations;
    private final NudgeSchedule nudges = new NudgeSchedule();
    private final Clock clock;
    private final Executor executor;

    CelebrationFollowUp(Celebrations celebrations, Clock clock, Executor executor) {
        this.celebrations = celebrations;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public BatchFollowUp begin(InOrder inOrder) {
        CompletableFuture<Celebrations.Ahead> ahead = CompletableFuture.supplyAsync(() -> celebrations.ahead(
                inOrder.added(), inOrder.reconciledRuns(), inOrder.latestSessionZones()), executor);
        return (connection, changes) -> finish(connection, changes, joined(ahead));
    }

    @Override
    public Done inTransaction(Connection connection, Changes changes) throws SQLException {
        return finish(connection, changes, celebrations.ahead(changes.added(), changes.reconciledRuns(),
                changes.latestSessionZones()));
    }

    private Done finish(Connection connection, Changes changes, Celebrations.Ahead ahead) throws SQLException {
        nudges.lookSoon(connection, changes.statistics().keySet(), clock.instant());
        Celebrations.Reconciled reconciled = celebrations.reconcile(connection, changes.statistics(), changes.added(),
                changes.reconciledRuns(), changes.latestSessionZones(), ahead);
        return new Done(() -> celebrations.announce(reconciled), reconciled.latestRuns());
    }

    /** What the executor worked out; its failure fails the batch as if it had happened on the batch's own thread. */
    private static Celebrations.Ahead joined(CompletableFuture<Celebrations.Ahead> ahead) {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
