package app.limber.progress.domain.coach;

import java.util.Locale;

/** What an alert is about; its slug is the {@code kind} of {@code limber.coach-alert.opened.v1}. */
public enum AlertKind {

    SILENCE,
    MISSED_WEEKS,
    DISCOMFORT,
    STRAIN;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
