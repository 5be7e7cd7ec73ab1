package app.limber.catalog.domain;

/** The body position an exercise starts from. */
public enum Position implements Term {
    STANDING("standing", "Standing"),
    KNEELING("kneeling", "Kneeling"),
    HALF_KNEELING("half-kneeling", "Half-kneeling"),
    SEATED("seated", "Seated"),
    SUPINE("supine", "Lying on your back"),
    SIDE_LYING("side-lying", "Lying on your side"),
    PRONE("prone", "Lying face down"),
    ALL_FOURS("all-fours", "On all fours"),
    PLANK("plank", "Plank");

    private final String slug;
    private final String label;

    Position(String slug, String label) {
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
