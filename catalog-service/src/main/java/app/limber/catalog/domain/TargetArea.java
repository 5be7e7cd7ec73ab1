package app.limber.catalog.domain;

/** A body area an exercise works or stretches; {@code hips} is general hip mobility. */
public enum TargetArea implements Term {
    HIP_FLEXORS("hip-flexors", "Hip flexors"),
    GLUTES("glutes", "Glutes"),
    HAMSTRINGS("hamstrings", "Hamstrings"),
    QUADRICEPS("quadriceps", "Quadriceps"),
    ADDUCTORS("adductors", "Adductors (inner thigh)"),
    ABDUCTORS("abductors", "Abductors (outer hip)"),
    IT_BAND("it-band", "IT band"),
    CALVES("calves", "Calves"),
    CORE("core", "Core"),
    LOWER_BACK("lower-back", "Lower back"),
    OBLIQUES("obliques", "Obliques"),
    SHOULDERS("shoulders", "Shoulders"),
    HIPS("hips", "Hips (general hip mobility)");

    private final String slug;
    private final String label;

    TargetArea(String slug, String label) {
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
