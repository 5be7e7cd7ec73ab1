package app.limber.routine.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A coach's invitation, known by the hash of its code; used once, by one athlete, before it expires. */
@Entity
@Table(name = "coach_invitation")
public class CoachInvitation {

    @Id
    @Column(name = "code_hash")
    public String codeHash;
    @Column(name = "coach_id")
    public String coachId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "used_at")
    public Instant usedAt;
    @Column(name = "used_by")
    public String usedBy;

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
