package app.limber.progress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One milestone as progress recorded it: an occurrence of a fact about your consistency, under "
        + "the id its event on progress.milestone-events carries.")
public record MilestoneResponse(
        @Schema(description = "The milestone's deterministic id (the event's milestoneId and eventId): the same fact "
                + "always has the same id; a fact revoked and true again is a new milestone with a new id.")
        UUID milestoneId,
        @Schema(description = "What it is: week-target-met (a plan-week reached its target), streak-reached (a daily or "
                + "weekly-target streak reached a length), comeback (the first session after 7 or more days away)",
                enumeration = {"week-target-met", "streak-reached", "comeback"})
        String type,
        @Schema(description = "Your day it belongs to: the session's day for a daily streak or a comeback; for a "
                + "week (week-target-met, weekly streak) its Sunday, or the day it was recorded while the week ran.")
        LocalDate localDate,
        @Schema(description = "When progress recorded it")
        Instant recordedAt,
        @Schema(description = "Whether it was sent to the notification system. false when its day lay more than 7 days "
                + "back when it was recorded: history from before milestones existed, or a session logged long after it "
                + "was done.")
        boolean published,
        @Schema(description = "When a later change made it untrue (a deleted session, a late session inside a comeback's "
                + "spell, a changed plan); null while it holds.")
        Instant revokedAt,
        @Schema(description = "Why it was revoked; null while it holds",
                enumeration = {"session-deleted", "late-session", "plan-changed"})
        String revocationReason,
        @Schema(description = "The fields of its event beyond the common ones, as in limber.milestone.<type>.v1: planId, "
                + "week, done, target (week-target-met); kind, length, localDate or week (streak-reached); daysAway, "
                + "localDate (comeback). They describe the fact as it was when first recorded.")
        Map<String, Object> details) {
}
