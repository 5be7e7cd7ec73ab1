package app.limber.routine.persistence;

import app.limber.routine.domain.CoachingScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** What an athlete lets a coach do, while the relationship lasts. */
@Entity
@Table(name = "coaching_grant")
@IdClass(CoachingGrant.Key.class)
public class CoachingGrant {

    /** The primary key: one grant per athlete and coach. */
    public record Key(String athleteId, String coachId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "athlete_id")
    public String athleteId;
    @Id
    @Column(name = "coach_id")
    public String coachId;
    @Column(name = "view_progress")
    public boolean viewProgress;
    @Column(name = "assign_plans")
    public boolean assignPlans;
    @Column(name = "granted_at")
    public Instant grantedAt;

    public Set<CoachingScope> scopes() {
        Set<CoachingScope> scopes = EnumSet.noneOf(CoachingScope.class);
        if (viewProgress) {
            scopes.add(CoachingScope.VIEW_PROGRESS);
        }
        if (assignPlans) {
            scopes.add(CoachingScope.ASSIGN_PLANS);
        }
        return scopes;
    }

    public void setScopes(Set<CoachingScope> scopes) {
        viewProgress = scopes.contains(CoachingScope.VIEW_PROGRESS);
        assignPlans = scopes.contains(CoachingScope.ASSIGN_PLANS);
    }
}
