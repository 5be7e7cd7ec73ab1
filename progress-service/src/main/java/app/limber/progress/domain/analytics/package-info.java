/**
 * What one session says about its routine's items and exercises, as plain functions of its {@code SessionFact}:
 * completion and skips, the {@link app.limber.progress.domain.analytics.DoseRatio dose ratio} against the
 * prescription, and the {@link app.limber.progress.domain.analytics.DropOff drop-off}. A
 * {@link app.limber.progress.domain.analytics.SessionAnalysis} is what the session adds to the weekly analytics
 * rollups, and what its deletion takes out again.
 */
package app.limber.progress.domain.analytics;
