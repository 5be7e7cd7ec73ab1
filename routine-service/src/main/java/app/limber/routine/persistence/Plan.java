package app.limber.routine.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A user's commitment to do a routine {@code weeklyTarget} times per ISO week in {@code timeZone}. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "routine_id")
    public UUID routineId;
    @Column(name = "weekly_target")
    public int weeklyTarget;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    /** The coach who scheduled it for its user; null when the user did. */
    @Column(name = "assigned_by")
    public String assignedBy;

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneId.of(timeZone));
    }

    /**
     * Ends the plan: its last day becomes today in its zone, or stays an earlier last day it already had.
     * A plan that has not started yet thus ends before it starts and never counts.
     */
    public void end(Instant now) {
        LocalDate today = today(now);
        if (endsOn == null || endsOn.isAfter(today)) {
            endsOn = today;
        }
        endedAt = now;
    }

    public boolean ended(Instant now) {
        return "ended".equals(status(now));
    }

    public String status(Instant now) {
        LocalDate today = today(now);
        if (endedAt != null || (endsOn != null && endsOn.isBefore(today))) {
            return "ended";
        }
        return startsOn.isAfter(today) ? "scheduled" : "active";
    }
}
