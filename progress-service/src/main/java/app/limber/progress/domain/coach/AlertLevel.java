package app.limber.progress.domain.coach;

import java.util.Arrays;
import java.util.Locale;

/** How urgent an alert is, least first: severity order is declaration order. */
public enum AlertLevel {

    LOW,
    HIGH,
    CRITICAL;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertLevel ofSlug(String slug) {
        return Arrays.stream(values()).filter(level -> level.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alert level " + slug));
    }
}
