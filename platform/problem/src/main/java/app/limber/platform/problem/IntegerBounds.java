package app.limber.platform.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.reflect.Field;
import java.util.Optional;

/**
 * A whole-number field's documented bounds, read from its {@code @Min} and {@code @Max}, so that a
 * fraction, a word and a value out of range all get the one message {@link Messages#wholeNumber}.
 */
final class IntegerBounds {

    private IntegerBounds() {
    }

    /** "must be a whole number from MIN to MAX" when {@code owner.property} declares both bounds. */
    static Optional<String> message(Class<?> owner, String property) {
        if (owner == null || property == null) {
            return Optional.empty();
        }
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(property);
                Min min = field.getAnnotation(Min.class);
                Max max = field.getAnnotation(Max.class);
                return min == null || max == null ? Optional.empty()
                        : Optional.of(Messages.wholeNumber(min.value(), max.value()));
            } catch (NoSuchFieldException e) {
                // declared higher up, if anywhere
            }
        }
        return Optional.empty();
    }
}
