package app.limber.catalog.domain;

/** What an exercise needs; {@code none} alone means nothing at all. */
public enum Equipment implements Term {
    NONE("none", "No equipment"),
    RESISTANCE_BAND("resistance-band", "Resistance band"),
    FOAM_ROLLER("foam-roller", "Foam roller"),
    MASSAGE_BALL("massage-ball", "Massage ball"),
    STRAP("strap", "Strap"),
    STEP_OR_BENCH("step-or-bench", "Step or bench"),
    CHAIR_OR_COUCH("chair-or-couch", "Chair or couch");

    private final String slug;
    private final String label;

    Equipment(String slug, String label) {
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
