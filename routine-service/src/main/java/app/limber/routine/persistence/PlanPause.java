package app.limber.routine.persistence;

import app.limber.routine.domain.PausedDays;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pause of a plan; {@code resumedOn} is the first active day again when it was resumed early. */
@Entity
@Table(name = "plan_pause")
public class PlanPause {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "paused_by")
    public String pausedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "resumed_on")
    public LocalDate resumedOn;
    @Column(name = "resumed_at")
    public Instant resumedAt;

    public PausedDays days() {
        return new PausedDays(startsOn, endsOn, resumedOn);
    }
}
