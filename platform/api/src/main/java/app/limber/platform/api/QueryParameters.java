package app.limber.platform.api;

import app.limber.platform.problem.Problem;
import app.limber.platform.problem.Messages;
import app.limber.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads query parameters given as text, so that a bad value answers 400 naming the parameter with the
 * same message in every service (JAX-RS would turn a failed conversion into a bare 404). Every bad
 * parameter of a request is collected and reported in one problem by {@link #validate()}.
 */
public final class QueryParameters {

    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public LocalDate date(String name, String raw, LocalDate absent) {
        if (absent(raw)) {
            return absent;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (!date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY)) {
                return date;
            }
            reject(name, Messages.dateInRange(FIRST_DAY, LAST_DAY));
        } catch (DateTimeParseException e) {
            reject(name, Messages.DATE);
        }
        return absent;
    }

    public int integer(String name, String raw, int absent, int min, int max) {
        if (absent(raw)) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // a word, a fraction or a number past int's range: all are "not a whole number in range"
        }
        reject(name, Messages.wholeNumber(min, max));
        return absent;
    }

    public UUID uuid(String name, String raw) {
        if (absent(raw)) {
            return null;
        }
        String text = raw.strip();
        try {
            // UUID.fromString accepts short groups such as 1-1-1-1-1; only the canonical form names one id
            if (text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        reject(name, Messages.UUID);
        return null;
    }

    public Boolean bool(String name, String raw) {
        if (absent(raw)) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                reject(name, Messages.BOOLEAN);
                yield null;
            }
        };
    }

    /**
     * Terms of a controlled vocabulary, as repeated parameters or comma-separated values, in the order
     * given and without repeats; {@code vocabulary} maps each slug to its term in the documented order.
     */
    public <T> List<T> terms(String name, List<String> raw, Map<String, T> vocabulary) {
        if (raw == null) {
            return List.of();
        }
        LinkedHashSet<T> terms = new LinkedHashSet<>();
        raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).forEach(value -> {
            T term = vocabulary.get(value);
            if (term == null) {
                reject(name, Messages.unknownTerm(value, vocabulary.keySet()));
            } else {
                terms.add(term);
            }
        });
        return List.copyOf(terms);
    }

    public PageRequest page(String pageRaw, String sizeRaw) {
        int page = integer("page", pageRaw, 0, 0, PageRequest.MAX_PAGE);
        int size = integer("size", sizeRaw, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(page, size);
    }

    /** from ≤ to, when both are given. */
    public void order(LocalDate from, LocalDate to) {
        ordered(from, to);
    }

    /** from ≤ to, both inclusive, and at most {@code maxDays} days from the first to the last. */
    public void days(LocalDate from, LocalDate to, int maxDays) {
        if (ordered(from, to) && from.plusDays(maxDays - 1L).isBefore(to)) {
            reject("to", Messages.atMostAfterFrom(maxDays, "days"));
        }
    }

    /** from ≤ to, and the ISO weeks containing them at most {@code maxWeeks} weeks apart, both counted. */
    public void weeks(LocalDate from, LocalDate to, int maxWeeks) {
        if (ordered(from, to) && mondayOf(from).plusWeeks(maxWeeks - 1L).isBefore(mondayOf(to))) {
            reject("to", Messages.atMostAfterFrom(maxWeeks, "weeks"));
        }
    }

    public void reject(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    /** Answers 400 naming every parameter rejected so far. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
    }

    private boolean ordered(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return false;
        }
        if (from.isAfter(to)) {
            reject("to", Messages.NOT_BEFORE_FROM);
            return false;
        }
        return true;
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    private static boolean absent(String raw) {
        return raw == null || raw.isBlank();
    }
}
