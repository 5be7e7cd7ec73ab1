package app.limber.progress.domain.milestone;

import app.limber.progress.domain.IsoWeek;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a milestone is about, beyond its user, type and plan: the part of {@link MilestoneKey} that tells two facts
 * of the same type apart. {@link #text()} is its stable written form (part of the id, see {@link MilestoneIds});
 * it never contains {@code |}.
 *
 * <p>Plan-weeks and days are exact. Streak runs and comeback spells are <b>episodes</b>: late and deleted sessions
 * move their edges, so an episode is recognised by overlapping days rather than by equal text (see
 * {@link MilestoneReconciliation}).
 */
public sealed interface MilestonePeriod {

    /** The written form, e.g. {@code 2026-W48} or {@code daily/7/2026-11-02..2026-11-08}. */
    String text();

    /** The days an episode spans, for recognising it after its edges moved; empty for exact periods. */
    default Optional<DateRange> episode() {
        return Optional.empty();
    }

    /**
     * Which episodes may be the same one: streak runs of the same kind and threshold, or any two spells.
     * Exact periods are each their own series.
     */
    default String series() {
        return text();
    }

    /**
     * Reads a {@link #text()} back, for a key of {@code type}: the store keeps keys as text.
     *
     * @throws IllegalArgumentException when the text is no period of that type, or not in its written form
     */
    static MilestonePeriod parse(MilestoneType type, String text) {
        MilestonePeriod period = switch (type) {
            case WEEK_TARGET_MET, WEEK_MISSED -> new Week(IsoWeek.parse(text));
            case WEEK_AT_RISK -> new Day(LocalDate.parse(text));
            case STREAK_REACHED -> Run.parse(text);
            case COMEBACK -> new Spell(DateRange.parse(text));
            case INACTIVE -> new Since(LocalDate.parse(text.startsWith(Since.PREFIX)
                    ? text.substring(Since.PREFIX.length()) : text));
            case REVOKED -> throw new IllegalArgumentException("a revocation has no period");
        };
        if (!period.text().equals(text)) {
            throw new IllegalArgumentException("not a " + type.slug() + " period: " + text);
        }
        return period;
    }

    /** A plan's ISO week, in the plan's zone: week-target-met, week-missed. */
    record Week(IsoWeek week) implements MilestonePeriod {

        public Week {
            Objects.requireNonNull(week, "week");
        }

        @Override
        public String text() {
            return week.toString();
        }
    }

    /** A local day, in the plan's zone: week-at-risk is due at most once per plan and day. */
    record Day(LocalDate day) implements MilestonePeriod {

        public Day {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public String text() {
            return day.toString();
        }
    }

    /**
     * A streak run that reached {@code threshold}. {@code days} is the stretch that first reached it: from the run's
     * first day to the day it reached the threshold (for weekly streaks, Monday of the first week to Sunday of the
     * threshold-th met week). It is written {@code daily/7/2026-11-02..2026-11-08} or
     * {@code weekly/4/2026-W45..2026-W48}.
     */
    record Run(StreakKind kind, int threshold, DateRange days) implements MilestonePeriod {

        public Run {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(days, "days");
            if (!kind.thresholds().contains(threshold)) {
                throw new IllegalArgumentException(threshold + " is no " + kind.slug() + " streak milestone");
            }
        }

        @Override
        public String text() {
            String span = kind == StreakKind.WEEKLY
                    ? IsoWeek.of(days.first()) + ".." + IsoWeek.of(days.last())
                    : days.toString();
            return series() + "/" + span;
        }

        @Override
        public Optional<DateRange> episode() {
            return Optional.of(days);
        }

        @Override
        public String series() {
            return kind.slug() + "/" + threshold;
        }

        /** {@code daily/7/2026-11-02..2026-11-08} or {@code weekly/4/2026-W45..2026-W48}. */
        static Run parse(String text) {
            String[] parts = text.split("/", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a streak run (kind/threshold/span): " + text);
            }
            StreakKind kind = StreakKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            int threshold = Integer.parseInt(parts[1]);
            if (kind == StreakKind.DAILY) {
                return new Run(kind, threshold, DateRange.parse(parts[2]));
            }
            int dots = parts[2].indexOf("..");
            if (dots < 0) {
                throw new IllegalArgumentException("not a span of weeks (first..last): " + parts[2]);
            }
            return new Run(kind, threshold, new DateRange(IsoWeek.parse(parts[2].substring(0, dots)).monday(),
                    IsoWeek.parse(parts[2].substring(dots + 2)).sunday()));
        }
    }

    /**
     * A spell away and the return from it: the days without a session and the day of the comeback, written
     * {@code 2026-11-03..2026-11-12}.
     */
    record Spell(DateRange days) implements MilestonePeriod {

        public Spell {
            Objects.requireNonNull(days, "days");
        }

        @Override
        public String text() {
            return days.toString();
        }

        @Override
        public Optional<DateRange> episode() {
            return Optional.of(days);
        }

        @Override
        public String series() {
            return "spell";
        }
    }

    /**
     * An inactive spell, by the day it is counted from (the last session's day, or the day before the current plan
     * started if that is later), written {@code since/2026-11-02}. The user is nudged once per spell, and not again
     * for a spell a late session carves out of one already nudged ({@link HandledNudges}).
     */
    record Since(LocalDate day) implements MilestonePeriod {

        private static final String PREFIX = "since/";

        public Since {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public String text() {
            return PREFIX + day;
        }
    }
}
