package app.limber.catalog.persistence;

import app.limber.catalog.domain.Category;
import app.limber.catalog.domain.Equipment;
import app.limber.catalog.domain.ExerciseContent;
import app.limber.catalog.domain.Position;
import app.limber.catalog.domain.Prescription;
import app.limber.catalog.domain.Source;
import app.limber.catalog.domain.TargetArea;
import app.limber.catalog.domain.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One exercise of the catalog. Vocabulary values are stored as their slugs, so that the table
 * reads like the API and the events.
 */
@Entity
@Table(name = "exercise")
public class Exercise {

    @Id
    private String slug;

    private int version;

    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> aliases;

    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> steps;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> cues;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> cautions;

    private String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_areas")
    private List<String> targetAreas;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> equipment;

    private String position;

    @Column(name = "per_side")
    private boolean perSide;

    @JdbcTypeCode(SqlTypes.JSON)
    private Prescription prescription;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Source> sources;

    private boolean retired;

    @Column(name = "seed_hash")
    private String seedHash;

    @Column(name = "search_names")
    private String searchNames;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Exercise() {
    }

    /** A new exercise at {@code version}, not yet persisted. */
    public static Exercise create(String slug, ExerciseContent content, int version, Instant now) {
        Exercise exercise = new Exercise();
        exercise.slug = slug;
        exercise.version = version;
        exercise.createdAt = now;
        exercise.write(content, now);
        return exercise;
    }

    /** Replaces the content and moves to the next version. */
    public void revise(ExerciseContent content, Instant now) {
        write(content, now);
        version++;
    }

    /** Hides the exercise from listings; its detail stays readable. */
    public void retire(Instant now) {
        retired = true;
        version++;
        updatedAt = now;
    }

    private void write(ExerciseContent content, Instant now) {
        name = content.name();
        aliases = new ArrayList<>(content.aliases());
        summary = content.summary();
        steps = new ArrayList<>(content.steps());
        cues = new ArrayList<>(content.cues());
        cautions = new ArrayList<>(content.cautions());
        category = content.category().slug();
        targetAreas = slugs(content.targetAreas());
        equipment = slugs(content.equipment());
        position = content.position().slug();
        perSide = content.perSide();
        prescription = content.prescription();
        sources = new ArrayList<>(content.sources());
        searchNames = String.join(" ", Stream.concat(Stream.of(name), aliases.stream()).toList());
        updatedAt = now;
    }

    public ExerciseContent content() {
        return new ExerciseContent(name, aliases, summary, steps, cues, cautions,
                Term.bySlug(Category.class, category).orElseThrow(),
                targetAreas.stream().map(t -> Term.bySlug(TargetArea.class, t).orElseThrow()).toList(),
                equipment.stream().map(e -> Term.bySlug(Equipment.class, e).orElseThrow()).toList(),
                Term.bySlug(Position.class, position).orElseThrow(),
                perSide, prescription, sources);
    }

    private static List<String> slugs(List<? extends Term> terms) {
        return new ArrayList<>(terms.stream().map(Term::slug).toList());
    }

    public String slug() {
        return slug;
    }

    public int version() {
        return version;
    }

    public boolean retired() {
        return retired;
    }

    public String seedHash() {
        return seedHash;
    }

    public void seedHash(String hash) {
        this.seedHash = hash;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
