package app.limber.progress.api;

import app.limber.platform.problem.Messages;
import app.limber.platform.problem.Problem;
import app.limber.platform.problem.ProblemException;
import app.limber.progress.domain.milestone.NudgePreferences;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The caller's nudge preferences, as GET answers them and PUT replaces them whole. */
@Schema(name = "NudgeSettings", description = "What progress may send you, and when")
public record NudgeSettings(
        @Schema(description = "Week-at-risk nudges: on the day your week can only be met by training on almost every "
                + "remaining day") @NotNull Boolean weekAtRisk,
        @Schema(description = "Week-missed nudges: the Monday after a week closed below target") @NotNull Boolean weekMissed,
        @Schema(description = "Inactive nudges: an active plan and nothing logged for 7 days") @NotNull Boolean inactive,
        @Schema(description = "Celebrations: week target met, streaks, comebacks") @NotNull Boolean celebrations,
        @Schema(description = "The hour at which nudges fall due, in your plan's time zone", minimum = "0", maximum = "23")
        @NotNull @Min(0) @Max(23) Integer nudgeHour,
        @Schema(description = "Start of the quiet hours (inclusive), HH:mm; null for none", example = "22:00",
                pattern = TIME_PATTERN) String quietStart,
        @Schema(description = "End of the quiet hours (exclusive), HH:mm; before quietStart when they wrap midnight",
                example = "07:00", pattern = TIME_PATTERN) String quietEnd,
        @Schema(description = "Nudges sent on one local day at most; the rest are recorded as suppressed",
                minimum = "1", maximum = "10") @NotNull @Min(1) @Max(10) Integer maxNudgesPerDay) {

    static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static NudgeSettings of(NudgePreferences preferences) {
        return new NudgeSettings(preferences.weekAtRisk(), preferences.weekMissed(), preferences.inactive(),
                preferences.celebrations(), preferences.nudgeHour(), text(preferences.quietStart()),
                text(preferences.quietEnd()), preferences.maxNudgesPerDay());
    }

    /** The preferences these settings name; a 400 naming every field that breaks a rule. */
    NudgePreferences toPreferences() {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalTime start = time("quietStart", quietStart, errors);
        LocalTime end = time("quietEnd", quietEnd, errors);
        if (errors.isEmpty()) {
            NudgePreferences.violations(nudgeHour, start, end, maxNudgesPerDay)
                    .forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        return new NudgePreferences(weekAtRisk, weekMissed, inactive, celebrations, nudgeHour, start, end,
                maxNudgesPerDay);
    }

    private static LocalTime time(String field, String text, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (text.matches(TIME_PATTERN)) {
            try {
                return LocalTime.parse(text, HH_MM);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new Problem.FieldError(field, Messages.TIME));
        return null;
    }

    private static String text(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }
}
