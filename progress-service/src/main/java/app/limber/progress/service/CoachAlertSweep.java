package app.limber.progress.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.progress.config.CoachAlertConfig;
import app.limber.progress.persistence.CoachAlertStore;
import app.limber.progress.persistence.RollupStore;
import app.limber.progress.persistence.Tables;
import app.limber.progress.persistence.WriteTransaction;

/**
 * Looks at coached athletes again for what time alone brings (a silence growing, a week closing, a painful session
 * ageing out): claims those due from {@code coach_alert_schedule} with {@code FOR UPDATE SKIP LOCKED}, locks their user
 * rows as a batch does, reconciles their alerts ({@link CoachAlerts}) and puts them back on the schedule
 * {@code limber.coach-alerts.review-every} later, or off it when nobody coaches them and nothing of theirs is open.
 * Run by the nudge sweep's timer; an alert that time brings opens at most that long late.
 */
@ApplicationScoped
public class CoachAlertSweep {

    static final int CLAIM = 200;

    private final DataSource dataSource;
    private final CoachAlerts alerts;
    private final Duration reviewEvery;
    private final CoachAlertStore store = new CoachAlertStore();
    private final RollupStore users = new RollupStore(Tables.LIVE);

    CoachAlertSweep(DataSource dataSource, CoachAlerts alerts, CoachAlertConfig config) {
        this.dataSource = dataSource;
        this.alerts = alerts;
        this.reviewEvery = config.reviewEvery();
    }

    /** Every athlete due by {@code now}, a claim at a time, until none is left; returns how many were looked at. */
    public int sweep(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        int total = 0;
        while (true) {
            CoachAlerts.Reconciled[] reconciled = new CoachAlerts.Reconciled[1];
            int claimed = WriteTransaction.run(dataSource, "sweep coach alerts", connection -> {
                List<String> due = store.claimDue(connection, at, CLAIM);
                if (!due.isEmpty()) {
                    reconciled[0] = review(connection, new TreeSet<>(due), at);
                }
                return due.size();
            });
            if (claimed == 0) {
                return total;
            }
            alerts.announce(reconciled[0]);
            total += claimed;
        }
    }

    private CoachAlerts.Reconciled review(Connection connection, Set<String> athletes, Instant at) throws SQLException {
        users.lockUsers(connection, athletes);
        CoachAlerts.Reconciled reconciled = alerts.reconcile(connection, athletes, at);
        // what was watched before this look may have cleared all it had; watched() tells what is left to watch
        Set<String> stillWatched = store.watched(connection, athletes);
        Set<String> leaving = new TreeSet<>(athletes);
        leaving.removeAll(stillWatched);
        store.reschedule(connection, stillWatched, at.plus(reviewEvery));
        store.unschedule(connection, leaving);
        return reconciled;
    }

    /** Puts athletes a batch found watched on the schedule, if they are not on it yet. */
    public void watch(Connection connection, Set<String> athletes, Instant at) throws SQLException {
        store.scheduleNew(connection, athletes, at.truncatedTo(ChronoUnit.MILLIS).plus(reviewEvery));
    }
}
