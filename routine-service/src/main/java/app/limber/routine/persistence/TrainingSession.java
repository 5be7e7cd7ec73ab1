package app.limber.routine.persistence;

import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.SessionExercise;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A completed training session as the user recorded it. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "routine_id")
    public UUID routineId;
    @Column(name = "plan_id")
    public UUID planId;
    @Convert(converter = PurposeConverter.class)
    public Purpose purpose;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "local_date")
    public LocalDate localDate;
    @Column(name = "duration_seconds")
    public int durationSeconds;
    public Integer effort;
    public Integer discomfort;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SessionExercise> exercises;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "created_at")
    public Instant createdAt;
}
