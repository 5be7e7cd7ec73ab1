package app.limber.progress.domain.milestone;

import app.limber.platform.problem.Messages;


import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user's say over milestone events ({@code GET}/{@code PUT /progress/me/nudges}).
 *
 * @param weekAtRisk      send week-at-risk nudges
 * @param weekMissed      send week-missed nudges
 * @param inactive        send inactive nudges
 * @param celebrations    send celebrations (week-target-met, streak-reached, comeback)
 * @param nudgeHour       the hour (0..23, on the hour, in the plan's zone) at which nudges fall due; default 18
 * @param quietStart      start of the quiet hours (inclusive), or null for none; whole minutes
 * @param quietEnd        end of the quiet hours (exclusive), or null for none; before {@code quietStart} when they
 *                        wrap midnight (22:00–07:00); never equal to it
 * @param maxNudgesPerDay nudges sent per local day at most, {@value #MIN_NUDGES_PER_DAY}..{@value #MAX_NUDGES_PER_DAY};
 *                        default 2
 */
public record NudgePreferences(boolean weekAtRisk, boolean weekMissed, boolean inactive, boolean celebrations,
                               int nudgeHour, LocalTime quietStart, LocalTime quietEnd, int maxNudgesPerDay) {

    public static final int MIN_NUDGE_HOUR = 0;
    public static final int MAX_NUDGE_HOUR = 23;
    public static final int MIN_NUDGES_PER_DAY = 1;
    public static final int MAX_NUDGES_PER_DAY = 10;

    /** Everything on, nudges at 18:00, quiet from 22:00 to 07:00, two nudges a day at most. */
    public static final NudgePreferences DEFAULTS =
            new NudgePreferences(true, true, true, true, 18, LocalTime.of(22, 0), LocalTime.of(7, 0), 2);

    /** One rule a field breaks, named as in the API ({@code nudgeHour}, {@code quietStart}, …). */
    public record Violation(String field, String message) {
    }

    /** Thrown by the constructor with every rule the values break. */
    public static final class InvalidNudgePreferences extends IllegalArgumentException {

        private final List<Violation> violations;

        InvalidNudgePreferences(List<Violation> violations) {
            super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    public NudgePreferences {
        List<Violation> violations = violations(nudgeHour, quietStart, quietEnd, maxNudgesPerDay);
        if (!violations.isEmpty()) {
            throw new InvalidNudgePreferences(violations);
        }
    }

    /** Every rule these values break; empty when they make valid preferences. */
    public static List<Violation> violations(int nudgeHour, LocalTime quietStart, LocalTime quietEnd,
                                             int maxNudgesPerDay) {
        List<Violation> violations = new ArrayList<>();
        if (nudgeHour < MIN_NUDGE_HOUR || nudgeHour > MAX_NUDGE_HOUR) {
            violations.add(new Violation("nudgeHour", Messages.wholeNumber(MIN_NUDGE_HOUR, MAX_NUDGE_HOUR)));
        }
        if ((quietStart == null) != (quietEnd == null)) {
            violations.add(new Violation(quietStart == null ? "quietStart" : "quietEnd",
                    "quietStart and quietEnd are set together or not at all"));
        }
        checkWholeMinutes("quietStart", quietStart, violations);
        checkWholeMinutes("quietEnd", quietEnd, violations);
        if (quietStart != null && quietStart.equals(quietEnd)) {
            violations.add(new Violation("quietEnd", "must differ from quietStart"));
        }
        if (maxNudgesPerDay < MIN_NUDGES_PER_DAY || maxNudgesPerDay > MAX_NUDGES_PER_DAY) {
            violations.add(new Violation("maxNudgesPerDay", Messages.wholeNumber(MIN_NUDGES_PER_DAY, MAX_NUDGES_PER_DAY)));
        }
        if (violations.isEmpty() && quiet(quietStart, quietEnd, LocalTime.of(nudgeHour, 0))) {
            violations.add(new Violation("nudgeHour", "falls within the quiet hours " + quietStart + "–" + quietEnd));
        }
        return violations;
    }

    public boolean hasQuietHours() {
        return quietStart != null;
    }

    /** Whether {@code time} falls in the quiet hours: from {@code quietStart} (inclusive) to {@code quietEnd}. */
    public boolean isQuietAt(LocalTime time) {
        return quiet(quietStart, quietEnd, time);
    }

    /** Whether the user wants events of this type; revocations always follow what was published. */
    public boolean wants(MilestoneType type) {
        return switch (type) {
            case WEEK_AT_RISK -> weekAtRisk;
            case WEEK_MISSED -> weekMissed;
            case INACTIVE -> inactive;
            case WEEK_TARGET_MET, STREAK_REACHED, COMEBACK -> celebrations;
            case REVOKED -> true;
        };
    }

    static void requireNudgeHour(int nudgeHour) {
        if (nudgeHour < MIN_NUDGE_HOUR || nudgeHour > MAX_NUDGE_HOUR) {
            throw new IllegalArgumentException("nudgeHour must be 0..23, was " + nudgeHour);
        }
    }

    private static boolean quiet(LocalTime start, LocalTime end, LocalTime time) {
        Objects.requireNonNull(time, "time");
        if (start == null || end == null) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    private static void checkWholeMinutes(String field, LocalTime time, List<Violation> violations) {
        if (time != null && (time.getSecond() != 0 || time.getNano() != 0)) {
            violations.add(new Violation(field, "must be whole minutes (HH:mm)"));
        }
    }
}
