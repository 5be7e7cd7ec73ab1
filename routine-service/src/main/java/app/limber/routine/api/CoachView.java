package app.limber.routine.api;

import app.limber.routine.domain.CoachingScope;
import app.limber.routine.persistence.CoachingGrant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One of the caller's coaches and what they may do. */
public record CoachView(
        @Schema(description = "The coach's user id") String coachId,
        @Schema(description = "view-progress, assign-plans, or both") List<String> scopes,
        @Schema(description = "When the current scopes were granted") Instant grantedAt) {

    static CoachView of(CoachingGrant grant) {
        return new CoachView(grant.coachId, CoachingScope.terms(grant.scopes()), grant.grantedAt);
    }
}
