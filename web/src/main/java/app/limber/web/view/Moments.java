package app.limber.web.view;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** {@code {alert.openedAt.when}}: an instant from a service as people read it, "2026-12-02 09:31 UTC". */
public final class Moments {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Moments() {
    }

    @TemplateExtension
    public static String when(String instant) {
        if (instant == null || instant.isEmpty()) {
            return "";
        }
        try {
            return READABLE.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
