package app.limber.catalog.domain;

/** What kind of work an exercise is. */
public enum Category implements Term {
    DYNAMIC_MOBILITY("dynamic-mobility", "Dynamic mobility"),
    STRENGTH("strength", "Strength"),
    STRETCH("stretch", "Stretch"),
    SELF_MASSAGE("self-massage", "Self-massage");

    private final String slug;
    private final String label;

    Category(String slug, String label) {
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
