package app.limber.catalog.domain;

/** What a routine is for (used by routines; listed here so the vocabulary lives in one place). */
public enum Purpose implements Term {
    WARM_UP("warm-up", "Warm-up"),
    COOLDOWN("cooldown", "Cooldown"),
    STRENGTH("strength", "Strength"),
    RECOVERY("recovery", "Recovery"),
    MOBILITY("mobility", "Mobility");

    private final String slug;
    private final String label;

    Purpose(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String label() {
        return label;
    }
}
