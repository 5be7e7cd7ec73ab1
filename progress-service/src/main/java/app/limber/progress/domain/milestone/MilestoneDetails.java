package app.limber.progress.domain.milestone;

import app.limber.progress.domain.IsoWeek;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The payload of a milestone beyond the common fields ({@code eventId}, {@code occurredAt}, {@code userId},
 * {@code milestoneId}) and its plan ({@code planId}, from the key). {@link #fields()} gives them by their names in
 * the event schemas {@code limber.milestone.<type>.v1}, as JSON-ready values (strings, integers, null).
 */
public sealed interface MilestoneDetails {

    MilestoneType type();

    /** Field name to value, in schema order; dates, weeks and zones as their ISO text. */
    Map<String, Object> fields();

    /** A plan-week reached its (prorated) target. */
    record WeekTargetMet(IsoWeek week, int done, int target) implements MilestoneDetails {

        public WeekTargetMet {
            Objects.requireNonNull(week, "week");
            if (target < 1 || done < target) {
                throw new IllegalArgumentException("a met week has done >= target >= 1");
            }
        }

        @Override
        public MilestoneType type() {
            return MilestoneType.WEEK_TARGET_MET;
        }

        @Override
        public Map<String, Object> fields() {
            return named("week", week.toString(), "done", done, "target", target);
        }
    }

    /**
     * The plan-week can only be met by training on (almost) every remaining day.
     *
     * @param daysLeft  days of the plan left in the week, today included
     * @param localDate the day of the nudge, in {@code timeZone} (the plan's)
     */
    record WeekAtRisk(IsoWeek week, int done, int target, int needed, int daysLeft, LocalDate localDate,
                      ZoneId timeZone) implements MilestoneDetails {

        public WeekAtRisk {
            Objects.requireNonNull(week, "week");
            Objects.requireNonNull(localDate, "localDate");
            Objects.requireNonNull(timeZone, "timeZone");
            if (needed < 1 || needed != target - done || daysLeft < 1 || daysLeft > 7) {
                throw new IllegalArgumentException("at risk: needed = target - done >= 1, daysLeft 1..7");
            }
        }

        @Override
        public MilestoneType type() {
            return MilestoneType.WEEK_AT_RISK;
        }

        @Override
        public Map<String, Object> fields() {
            return named("week", week.toString(), "done", done, "target", target, "needed", needed,
                    "daysLeft", daysLeft, "localDate", localDate.toString(), "timeZone", timeZone.getId());
        }
    }

    /**
     * A plan-week closed below its target.
     *
     * @param localDate the day the nudge is due (the Monday after the week), in {@code timeZone} (the plan's)
     */
    record WeekMissed(IsoWeek week, int done, int target, LocalDate localDate, ZoneId timeZone)
            implements MilestoneDetails {

        public WeekMissed {
            Objects.requireNonNull(week, "week");
            Objects.requireNonNull(localDate, "localDate");
            Objects.requireNonNull(timeZone, "timeZone");
            if (done < 0 || done >= target) {
                throw new IllegalArgumentException("a missed week has 0 <= done < target");
            }
        }

        @Override
        public MilestoneType type() {
            return MilestoneType.WEEK_MISSED;
        }

        @Override
        public Map<String, Object> fields() {
            return named("week", week.toString(), "done", done, "target", target,
                    "localDate", localDate.toString(), "timeZone", timeZone.getId());
        }
    }

    /**
     * A streak reached {@code length}.
     *
     * @param localDate the day a daily streak reached the length; null for weekly streaks
     * @param week      the week a weekly streak reached the length; null for daily streaks
     */
    record StreakReached(StreakKind kind, int length, LocalDate localDate, IsoWeek week) implements MilestoneDetails {

        public StreakReached {
            Objects.requireNonNull(kind, "kind");
            if (!kind.thresholds().contains(length)) {
                throw new IllegalArgumentException(length + " is no " + kind.slug() + " streak milestone");
            }
            if ((kind == StreakKind.DAILY) != (localDate != null) || (kind == StreakKind.WEEKLY) != (week != null)) {
                throw new IllegalArgumentException("daily streaks carry a localDate, weekly ones a week");
            }
        }

        @Override
        public MilestoneType type() {
            return MilestoneType.STREAK_REACHED;
        }

        @Override
        public Map<String, Object> fields() {
            return kind == StreakKind.DAILY
                    ? named("kind", kind.slug(), "length", length, "localDate", localDate.toString())
                    : named("kind", kind.slug(), "length", length, "week", week.toString());
        }
    }

    /**
     * An athlete with an active plan has logged nothing for a while.
     *
     * @param daysSinceLastSession days from {@code lastSessionOn} to {@code localDate}; null when nothing was ever
     *                             logged (the spell is then counted from the plan's start)
     * @param lastSessionOn        the day of the latest session, null when there is none
     * @param localDate            the day of the nudge, in {@code timeZone}
     */
    record Inactive(Integer daysSinceLastSession, LocalDate lastSessionOn, LocalDate localDate, ZoneId timeZone)
            implements MilestoneDetails {

        public Inactive {
            Objects.requireNonNull(localDate, "localDate");
            Objects.requireNonNull(timeZone, "timeZone");
            if ((daysSinceLastSession == null) != (lastSessionOn == null)) {
                throw new IllegalArgumentException("daysSinceLastSession and lastSessionOn are null together");
            }
        }

        @Override
        public MilestoneType type() {
            return MilestoneType.INACTIVE;
        }

        @Override
        public Map<String, Object> fields() {
            return named("daysSinceLastSession", daysSinceLastSession,
                    "lastSessionOn", lastSessionOn == null ? null : lastSessionOn.toString(),
                    "localDate", localDate.toString(), "timeZone", timeZone.getId());
        }
    }

    /**
     * The first session after an inactive spell.
     *
     * @param daysAway  days from the session before the spell to this one
     * @param localDate the day of the comeback session
     */
    record Comeback(int daysAway, LocalDate localDate) implements MilestoneDetails {

        public Comeback {
            Objects.requireNonNull(localDate, "localDate");
            if (daysAway < 1) {
                throw new IllegalArgumentException("daysAway >= 1");
            }
        }

        @Override
        public MilestoneType type() {
            return MilestoneType.COMEBACK;
        }

        @Override
        public Map<String, Object> fields() {
            return named("daysAway", daysAway, "localDate", localDate.toString());
        }
    }

    private static Map<String, Object> named(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }
}
