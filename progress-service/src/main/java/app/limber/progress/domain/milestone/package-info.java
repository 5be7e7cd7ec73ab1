/**
 * Milestones: what progress tells the notification system about a user's consistency, as plain functions of the
 * same facts {@code /progress/me} is computed from ({@link app.limber.progress.domain.milestone.MilestoneFacts}), so
 * that a week, a day and a streak mean here exactly what they mean there. No clock is read and nothing is stored
 * here; the service supplies "now" and keeps the records.
 *
 * <p><b>Celebrations</b> follow from the facts alone and are revocable:
 * <ul>
 *   <li>{@code week-target-met}: a plan-week's sessions reached its target, prorated in partial weeks
 *       ({@link app.limber.progress.domain.milestone.WeekTargetMetRule});</li>
 *   <li>{@code streak-reached}: a daily run of 3, 7, 14, 30, 60, 100 or 365 days, or a weekly-target run of 2, 4, 8,
 *       12, 26 or 52 weeks, each run its own episode ({@link app.limber.progress.domain.milestone.StreakRule});</li>
 *   <li>{@code comeback}: a session N or more days (default 7) after the one before it
 *       ({@link app.limber.progress.domain.milestone.ComebackRule}).</li>
 * </ul>
 * After a batch, for each user it touched: {@code EventMilestones.of(facts, settings)} gives what is true now,
 * {@code MilestoneReconciliation.reconcile(recorded, trueNow, RevocationReason.forChanges(...))} what to publish and
 * what to revoke, and {@code MilestoneChanges.applyTo(recorded)} what to store, in the batch's transaction.
 *
 * <p><b>Nudges</b> need the clock and are never revoked: {@code week-at-risk} (at the nudge hour, when the week can
 * only be met by training on almost every remaining day), {@code week-missed} (the Monday after a week closed below
 * target) and {@code inactive} (an active plan, nothing logged for N days). {@code DueMilestones.at(facts, nudgeHour,
 * settings, now)} lists those due; {@code DueMilestones.next(...)} says when the user next has one due, for a
 * scheduler's index. Each is due from the nudge hour of its local day until that day ends.
 *
 * <p><b>Ids</b> are deterministic ({@link app.limber.progress.domain.milestone.MilestoneIds}): a key
 * ({@link app.limber.progress.domain.milestone.MilestoneKey}: user, type, plan, period) and the number of times it
 * became true. Recomputing a milestone gives the id already recorded; if it becomes true again after a revocation,
 * a new id. <b>The user's say</b>: {@link app.limber.progress.domain.milestone.NudgePreferences} and
 * {@link app.limber.progress.domain.milestone.NudgePolicy} (switched off, quiet hours, daily cap → suppressed).
 */
package app.limber.progress.domain.milestone;
