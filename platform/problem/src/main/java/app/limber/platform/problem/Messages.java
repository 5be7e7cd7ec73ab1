package app.limber.platform.problem;

import java.time.LocalDate;
import java.util.Collection;

/**
 * One message per kind of mistake, in the user's words, for query parameters and body fields alike
 * (docs/api-conventions.md lists them).
 */
public final class Messages {

    public static final String DATE = "must be a date such as 2026-12-01";
    public static final String TIME = "must be a time of day such as 22:00";
    public static final String INSTANT = "must be an instant such as 2026-12-01T18:04:05Z";
    public static final String TIME_ZONE = "must be a time zone such as Europe/Berlin";
    public static final String UUID = "must be a UUID";
    public static final String BOOLEAN = "must be true or false";
    public static final String NUMBER = "must be a number";
    public static final String WHOLE_NUMBER = "must be a whole number";
    public static final String TEXT = "must be text";
    public static final String LIST = "must be a list";
    public static final String OBJECT = "must be an object";
    public static final String ALLOWED_VALUE = "must be one of the allowed values";
    public static final String WRONG_KIND = "has the wrong kind of value";
    public static final String NOT_JSON = "is not valid JSON";
    public static final String REQUIRED = "is required";
    public static final String UNKNOWN_FIELD = "is not a known field";
    public static final String UNKNOWN_PARAMETER = "is not a known parameter";
    public static final String NOT_BEFORE_FROM = "must not be before from";

    private Messages() {
    }

    public static String wholeNumber(long min, long max) {
        return "must be a whole number from " + min + " to " + max;
    }

    public static String dateInRange(LocalDate first, LocalDate last) {
        return "must be a date from " + first + " to " + last;
    }

    public static String unknownTerm(String value, Collection<String> allowed) {
        return "unknown value '" + value + "'; one of " + String.join(", ", allowed);
    }

    public static String atMostAfterFrom(int amount, String unit) {
        return "must be at most " + amount + " " + unit + " after from";
    }
}
