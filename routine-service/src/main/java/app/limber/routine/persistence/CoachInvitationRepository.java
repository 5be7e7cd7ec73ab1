package app.limber.routine.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class CoachInvitationRepository implements PanacheRepositoryBase<CoachInvitation, String> {

    /** Locked until the transaction ends, so that two athletes cannot both use one code. */
    public Optional<CoachInvitation> byHashForUpdate(String codeHash) {
        return findByIdOptional(codeHash, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The coach's invitations that can still be accepted. */
    public long countOpen(String coachId, Instant now) {
        return count("coachId = ?1 and usedAt is null and expiresAt > ?2", coachId, now);
    }
}
