/**
 * Progress statistics as plain functions of a user's facts (no framework, no storage).
 *
 * <p>Flow: the consumer stores facts ({@link app.limber.progress.domain.PlanFact},
 * {@link app.limber.progress.domain.PlanEnding}, {@link app.limber.progress.domain.SessionFact}, deleted
 * session ids); for a user touched by a batch it builds {@link app.limber.progress.domain.UserFacts#reconcile},
 * derives a {@link app.limber.progress.domain.UserRollup} (one row per applied session, day tallies,
 * plan-week tallies, area volume) and replaces that user's rows. A read computes
 * {@link app.limber.progress.domain.ProgressSummary#of} from the plans, the stored tallies and today.
 *
 * <p>Definitions: a <b>day</b> is the session's {@code localDate} (in the zone the user trained in);
 * a <b>week</b> is an ISO week (Monday start) in the plan's zone, and a session's week for a plan is
 * the ISO week of {@code completedAt} in that zone (see {@link app.limber.progress.domain.IsoWeek}).
 * Partial weeks: {@link app.limber.progress.domain.PlanWeekRule}. Which plan a session counts toward:
 * {@link app.limber.progress.domain.SessionAttribution}. Streaks:
 * {@link app.limber.progress.domain.DailyStreak}, {@link app.limber.progress.domain.WeeklyStreak}.
 * Adherence: {@link app.limber.progress.domain.Adherence}. Habit strength (a smoothed score 0..1):
 * {@link app.limber.progress.domain.HabitStrength}. Volume per area: {@link app.limber.progress.domain.AreaVolume}.
 * Milestone and nudge events on these same definitions: {@link app.limber.progress.domain.milestone}.
 *
 * <p>Everything here depends only on the set of facts, never on the order they arrived in: late,
 * duplicated and deleted sessions give exactly what an in-order replay of the log gives.
 */
package app.limber.progress.domain;
