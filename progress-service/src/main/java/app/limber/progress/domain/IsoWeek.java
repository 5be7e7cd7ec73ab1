package app.limber.progress.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week: Monday to Sunday, numbered within its week-based year, so that
 * 2027-01-01 belongs to {@code 2026-W53} (2026-12-28..2027-01-03).
 *
 * <p>A week is a span of calendar dates, never of hours: a week containing a daylight-saving change
 * (167 or 169 hours long) is still exactly seven dates, which is why weeks are derived from local
 * dates and never by adding hours to an instant.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("week-based year " + year + " has no week " + week);
        }
    }

    /*
     * Weeks are computed with day arithmetic rather than IsoFields: the rollups and the milestone rules take
     * thousands of weeks per batch, and IsoWeekTest holds every day of 1900..2100 to IsoFields' answer.
     */

    public static IsoWeek of(LocalDate date) {
        // a week belongs to the year of its Thursday, and that Thursday's day of the year numbers it
        LocalDate thursday = date.plusDays(DayOfWeek.THURSDAY.getValue() - date.getDayOfWeek().getValue());
        return new IsoWeek(thursday.getYear(), (thursday.getDayOfYear() - 1) / 7 + 1);
    }

    /** 53 when the year begins on a Thursday, or on a Wednesday in a leap year; else 52. */
    private static int weeksIn(int year) {
        DayOfWeek newYear = LocalDate.of(year, 1, 1).getDayOfWeek();
        return newYear == DayOfWeek.THURSDAY || newYear == DayOfWeek.WEDNESDAY && Year.isLeap(year) ? 53 : 52;
    }

    /** The week in which {@code instant} falls for someone living in {@code zone}. */
    public static IsoWeek containing(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    /** Parses the ISO text form, e.g. {@code 2026-W53}. */
    public static IsoWeek parse(CharSequence text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an ISO week (yyyy-Www): " + text);
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate monday() {
        // 4 January is always in week 1 of its week-based year.
        LocalDate january4 = LocalDate.of(year, 1, 4);
        return january4.minusDays(january4.getDayOfWeek().getValue() - 1L).plusWeeks(week - 1L);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate date) {
        return of(date).equals(this);
    }

    public IsoWeek next() {
        return plusWeeks(1);
    }

    public IsoWeek previous() {
        return plusWeeks(-1);
    }

    public IsoWeek plusWeeks(long weeks) {
        return of(monday().plusWeeks(weeks));
    }

    /** Whole weeks from this week to {@code other}; negative when {@code other} is earlier. */
    public long weeksUntil(IsoWeek other) {
        return ChronoUnit.WEEKS.between(monday(), other.monday());
    }

    public boolean isBefore(IsoWeek other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(IsoWeek other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        if (year < 1000 || year > 9999) {
            return String.format("%04d-W%02d", year, week);
        }
        return year + (week < 10 ? "-W0" : "-W") + week;
    }
}
