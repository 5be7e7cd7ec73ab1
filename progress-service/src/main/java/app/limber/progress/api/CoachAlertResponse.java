package app.limber.progress.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One alert about an athlete, as opened for you and published on progress.coach-alerts "
        + "(limber.coach-alert.opened.v1).")
public record CoachAlertResponse(
        @Schema(description = "The alert's deterministic id (the event's alertId and eventId); the same condition "
                + "holding again after it cleared is a new alert with a new id")
        UUID alertId,
        @Schema(description = "silence: a plan in force and no session for longer than expected; missed-weeks: "
                + "consecutive closed plan-weeks under half their target; discomfort: a session at or above the "
                + "critical discomfort, or well above the athlete's recent ones; strain: effort rising while "
                + "adherence falls",
                enumeration = {"silence", "missed-weeks", "discomfort", "strain"})
        String kind,
        @Schema(enumeration = {"low", "high", "critical"})
        String level,
        @Schema(description = "open until you acknowledge it or its condition clears; acknowledged; cleared",
                enumeration = {"open", "acknowledged", "cleared"})
        String status,
        Instant openedAt,
        @Schema(description = "When you acknowledged it; null before")
        Instant acknowledgedAt,
        @Schema(description = "When its condition stopped holding (or you lost access); null while it holds")
        Instant clearedAt,
        @Schema(description = "Why it cleared; null while it holds", enumeration = {"condition-cleared", "access-revoked"})
        String clearReason,
        @Schema(description = "The kind's numbers when it opened, as in the event's detail: silentDays, lastSessionOn, "
                + "planId, timeZone (silence); planId, weeks[{week, done, target}] (missed-weeks); sessionId, "
                + "discomfort, localDate, previousMean (discomfort); recentEffort, previousEffort, thisWeekAdherence, "
                + "lastWeekAdherence (strain)")
        Map<String, Object> detail) {
}
