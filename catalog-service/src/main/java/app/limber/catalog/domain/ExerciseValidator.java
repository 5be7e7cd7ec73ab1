package app.limber.catalog.domain;

import app.limber.catalog.domain.ExerciseInput.PrescriptionInput;
import app.limber.catalog.domain.ExerciseInput.RangeInput;
import app.limber.catalog.domain.ExerciseInput.SourceInput;
import app.limber.platform.problem.Messages;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an {@link ExerciseInput} into {@link ExerciseContent}, or names every field that breaks a
 * rule. The same rules apply to admin writes and to the seed file.
 */
public final class ExerciseValidator {

    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 2000;
    static final int MAX_ITEMS = 30;

    private final List<Violation> violations = new ArrayList<>();

    private ExerciseValidator() {
    }

    /** Checks the content fields; the slug is checked by the caller, since it comes from the path on PUT. */
    public static ExerciseContent validate(ExerciseInput input) {
        if (input == null) {
            throw new InvalidExerciseException(List.of(new Violation("body", Messages.REQUIRED)));
        }
        return new ExerciseValidator().check(input);
    }

    private ExerciseContent check(ExerciseInput in) {
        String name = text("name", in.name(), MAX_NAME);
        List<String> aliases = texts("aliases", in.aliases(), false, MAX_NAME);
        String summary = text("summary", in.summary(), MAX_TEXT);
        List<String> steps = texts("steps", in.steps(), true, MAX_TEXT);
        List<String> cues = texts("cues", in.cues(), false, MAX_TEXT);
        List<String> cautions = texts("cautions", in.cautions(), false, MAX_TEXT);
        Category category = term("category", in.category(), Category.class);
        List<TargetArea> targets = terms("targetAreas", in.targetAreas(), TargetArea.class);
        List<Equipment> equipment = terms("equipment", in.equipment(), Equipment.class);
        if (equipment.contains(Equipment.NONE) && equipment.size() > 1) {
            violations.add(new Violation("equipment", "none cannot be combined with other equipment"));
        }
        Position position = term("position", in.position(), Position.class);
        if (in.perSide() == null) {
            violations.add(new Violation("perSide", Messages.REQUIRED));
        }
        boolean perSide = Boolean.TRUE.equals(in.perSide());
        Prescription prescription = prescription(in.prescription(), perSide);
        List<Source> sources = sources(in.sources());
        if (!violations.isEmpty()) {
            throw new InvalidExerciseException(violations);
        }
        return new ExerciseContent(name, aliases, summary, steps, cues, cautions, category, targets, equipment,
                position, perSide, prescription, sources);
    }

    private String text(String field, String value, int maxLength) {
        if (value == null) {
            violations.add(new Violation(field, Messages.REQUIRED));
            return null;
        }
        if (value.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
            return null;
        }
        if (value.length() > maxLength) {
            violations.add(new Violation(field, "must be at most " + maxLength + " characters"));
        }
        if (Texts.hasControlCharacters(value)) {
            violations.add(new Violation(field, "must not contain control characters"));
        }
        return value.strip();
    }

    private List<String> texts(String field, List<String> values, boolean required, int maxLength) {
        if (values == null || values.isEmpty()) {
            if (required) {
                violations.add(new Violation(field, values == null ? Messages.REQUIRED : "must have at least one entry"));
            }
            return List.of();
        }
        if (values.size() > MAX_ITEMS) {
            violations.add(new Violation(field, "must have at most " + MAX_ITEMS + " entries"));
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = text(field + "[" + i + "]", values.get(i), maxLength);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private <T extends Enum<T> & Term> T term(String field, String value, Class<T> type) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, Messages.REQUIRED));
            return null;
        }
        return Term.bySlug(type, value).orElseGet(() -> {
            violations.add(new Violation(field, Messages.unknownTerm(value, slugs(type))));
            return null;
        });
    }

    private <T extends Enum<T> & Term> List<T> terms(String field, List<String> values, Class<T> type) {
        if (values == null) {
            violations.add(new Violation(field, Messages.REQUIRED));
            return List.of();
        }
        if (values.isEmpty()) {
            violations.add(new Violation(field, "must have at least one entry; each one of " + String.join(", ", slugs(type))));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T term = term(field + "[" + i + "]", values.get(i), type);
            if (term != null && !seen.add(term)) {
                violations.add(new Violation(field + "[" + i + "]", "repeats '" + term.slug() + "'"));
            } else if (term != null) {
                result.add(term);
            }
        }
        return result;
    }

    private Prescription prescription(PrescriptionInput in, boolean perSide) {
        if (in == null) {
            violations.add(new Violation("prescription", Messages.REQUIRED));
            return null;
        }
        Range sets = range("prescription.sets", in.sets());
        Range reps = range("prescription.reps", in.reps());
        Range hold = range("prescription.holdSeconds", in.holdSeconds());
        Range duration = range("prescription.durationSeconds", in.durationSeconds());
        if (in.sets() == null && in.reps() == null && in.holdSeconds() == null && in.durationSeconds() == null) {
            violations.add(new Violation("prescription", "needs at least one of sets, reps, holdSeconds, durationSeconds"));
        }
        if (in.perSide() != null && in.perSide() != perSide) {
            violations.add(new Violation("prescription.perSide", "must equal the exercise's perSide"));
        }
        return new Prescription(sets, reps, hold, duration, perSide);
    }

    private Range range(String field, RangeInput in) {
        if (in == null) {
            return null;
        }
        boolean complete = true;
        if (in.min() == null) {
            violations.add(new Violation(field + ".min", Messages.REQUIRED));
            complete = false;
        } else if (in.min() < 0) {
            violations.add(new Violation(field + ".min", "must not be negative"));
            complete = false;
        }
        if (in.max() == null) {
            violations.add(new Violation(field + ".max", Messages.REQUIRED));
            complete = false;
        }
        if (!complete) {
            return null;
        }
        if (in.max() < in.min()) {
            violations.add(new Violation(field, "min (" + in.min() + ") must not be greater than max (" + in.max() + ")"));
            return null;
        }
        return new Range(in.min(), in.max());
    }

    private List<Source> sources(List<SourceInput> in) {
        if (in == null) {
            return List.of();
        }
        List<Source> result = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            SourceInput source = in.get(i);
            String field = "sources[" + i + "]";
            if (source == null) {
                violations.add(new Violation(field, Messages.OBJECT));
                continue;
            }
            String title = text(field + ".title", source.title(), MAX_NAME * 2);
            result.add(new Source(title, url(field + ".url", source.url())));
        }
        return result;
    }

    /** A source's address, when it has one: a link a reader can follow, so only http and https. */
    private String url(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (url.length() <= MAX_TEXT && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other address that is not a web page's
        }
        violations.add(new Violation(field, "must be a web address such as https://example.org/article, at most "
                + MAX_TEXT + " characters"));
        return null;
    }

    private static <T extends Enum<T> & Term> List<String> slugs(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(Term::slug).toList();
    }
}
