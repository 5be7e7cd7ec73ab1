package app.limber.progress.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One athlete who granted you view-progress, at a glance. Every figure means what it means in "
        + "the athlete's own GET /progress/me: 'today' and the running week are the athlete's.")
public record CoachAthleteResponse(
        String athleteId,
        @Schema(description = "The athlete's running week: sessions counted toward the plans active in it, and the sum "
                + "of their (prorated) targets; 0 without an active plan")
        SummaryResponse.ThisWeek thisWeek,
        @Schema(description = "Mean over the settled plan-weeks of the running week and the three before it of "
                + "min(1, done / target), 0..1; null without an active plan this week or a settled plan-week",
                minimum = "0", maximum = "1")
        Double adherenceLast4Weeks,
        @Schema(description = "Whole days from the latest local day with a session to the athlete's today; null "
                + "before their first session", minimum = "0")
        Integer daysSinceLastSession,
        @Schema(description = "The discomfort of the latest session that reported one; null if none did")
        Discomfort lastDiscomfort,
        @Schema(description = "Your alerts about the athlete that are open (neither acknowledged nor cleared)",
                minimum = "0")
        int openAlerts,
        @Schema(description = "The highest level among them; null when none is open",
                enumeration = {"low", "high", "critical"})
        String maxAlertLevel) {

    public record Discomfort(
            @Schema(description = "Pain during or after the session, 0 (none) to 10", minimum = "0", maximum = "10")
            int value,
            @Schema(description = "The session's local day") LocalDate on) {
    }
}
