package app.limber.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.limber.progress.domain.ProgressSummary;

@Schema(description = "A user's consistency statistics. 'Today' is the user's date in the zone of a plan active today "
        + "(the most recently started one), else in the zone of their latest session, else in UTC; the running week is "
        + "the ISO week (Monday to Sunday) of that date.")
public record SummaryResponse(
        String userId,
        @Schema(description = "Consecutive local days with at least one session (a day is the session's local date in "
                + "the zone it was done in). current: the run containing today, or else yesterday (not having "
                + "trained yet today does not break it); 0 otherwise. longest: the longest run ever.")
        Streak dailyStreak,
        @Schema(description = "Consecutive ISO weeks in which the weekly target (the sum of the targets of the plans "
                + "active that week) was met. The running week joins the streak once its target is met and never "
                + "breaks it before it is over; weeks without an active plan are skipped (they neither extend nor "
                + "break it).")
        Streak weeklyStreak,
        @Schema(description = "The running week: sessions counted toward the plans active in it, and the sum of their "
                + "targets (0 without an active plan). A plan's partial first or last week asks for "
                + "max(1, round(weeklyTarget × activeDays / 7)) sessions.")
        ThisWeek thisWeek,
        @Schema(description = "Mean over plan-weeks of min(1, done / target), as fractions 0..1. Only settled "
                + "plan-weeks count: weeks that are over, and the running week once its target is met. last4Weeks: "
                + "the running week and the three before it. Both null while the user has no plan active this week, "
                + "or when there is no settled plan-week to average.")
        Adherence adherence,
        @Schema(description = "How established your training habit is, from 0 to 1: an exponentially smoothed score in "
                + "the manner of Loop Habit Tracker. Day by day, from your first plan's start or first session "
                + "(whichever is earlier) up to today, starting at 0: score = score × m + v × (1 − m), with "
                + "m = 0.5^(√f / 13) and f = T / 7, where T is that day's weekly target (the sum of the targets of the "
                + "plans in force on the day, active and not paused; on a day without an active plan, the last target "
                + "you had; before any plan, 1). A day on which every active plan is paused is skipped: the score "
                + "holds. "
                + "v = min(1, sessions in the last 14 days / (2 × T)) when T < 7, else min(1, sessions in the last 7 "
                + "days / T), the day itself included, every session counted on its local day. Meeting your weekly "
                + "target on any days brings it toward 1; a few days off after a long run cost little. Like every "
                + "statistic here it depends on your sessions and plans, not on the order they arrived in.",
                minimum = "0", maximum = "1")
        double habitStrength,
        @Schema(description = "Every recorded (not deleted) session, with or without a plan; minutes = summed "
                + "durations in whole minutes, rounded down.")
        Totals totals) {

    public record Streak(int current, int longest) {
    }

    public record ThisWeek(int done, int target) {
    }

    public record Adherence(Double last4Weeks, Double allTime) {
    }

    public record Totals(long sessions, long minutes) {
    }

    static SummaryResponse of(ProgressSummary summary) {
        return new SummaryResponse(summary.userId(),
                new Streak(summary.dailyStreak().current(), summary.dailyStreak().longest()),
                new Streak(summary.weeklyStreak().current(), summary.weeklyStreak().longest()),
                new ThisWeek(summary.thisWeek().done(), summary.thisWeek().target()),
                new Adherence(summary.adherence().last4Weeks(), summary.adherence().allTime()),
                summary.habitStrength(),
                new Totals(summary.totals().sessions(), summary.totals().minutes()));
    }
}
