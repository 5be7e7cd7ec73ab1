package app.limber.progress.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import app.limber.platform.problem.ProblemException;

/**
 * Query parameters parsed by hand, so that a bad value answers 400 naming the parameter (JAX-RS turns a
 * failed conversion of a query parameter into a 404).
 */
final class QueryParams {

    private QueryParams() {
    }

    /** Earliest and latest year a date parameter may name: week arithmetic and PostgreSQL stay in range. */
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 9999;

    static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "must be a date (yyyy-MM-dd), was '" + value + "'");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw ProblemException.badField(name, "must be in the years " + FIRST_YEAR + ".." + LAST_YEAR + ", was '" + value + "'");
        }
        return date;
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(name, "must be a UUID, was '" + value + "'");
        }
    }

    static int integer(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField(name, "must be an integer " + min + ".." + max + ", was '" + value + "'");
    }

    /** Checks from ≤ to and that the span (both ends inclusive) is at most {@code maxDays}. */
    static void span(LocalDate from, LocalDate to, long maxDays) {
        if (from.isAfter(to)) {
            throw ProblemException.badField("from", "must not be after to (" + to + ")");
        }
        if (from.plusDays(maxDays - 1).isBefore(to)) {
            throw ProblemException.badField("to", "must be at most " + maxDays + " days after from, inclusive");
        }
    }
}
