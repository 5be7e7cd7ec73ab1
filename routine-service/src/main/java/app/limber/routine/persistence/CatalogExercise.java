package app.limber.routine.persistence;

import app.limber.routine.domain.ExerciseSnapshot;
import app.limber.routine.domain.Prescription;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** The read-model row of one catalog exercise, kept up to date from catalog.exercise-events. */
@Entity
@Table(name = "catalog_exercise")
public class CatalogExercise {

    @Id
    public String slug;
    public long version;
    public String name;
    public String category;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_areas")
    public List<String> targetAreas = List.of();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> equipment = List.of();
    public String position;
    @Column(name = "per_side")
    public boolean perSide;
    @JdbcTypeCode(SqlTypes.JSON)
    public Prescription prescription;
    public boolean retired;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public ExerciseSnapshot toSnapshot() {
        return new ExerciseSnapshot(slug, version, name, category, targetAreas, equipment, position, perSide, prescription, retired);
    }

    /** Takes a newer snapshot; a retired slug that is upserted again comes back. */
    public void apply(ExerciseSnapshot snapshot, Instant now) {
        version = snapshot.version();
        name = snapshot.name();
        category = snapshot.category();
        targetAreas = snapshot.targetAreas();
        equipment = snapshot.equipment();
        position = snapshot.position();
        perSide = snapshot.perSide();
        prescription = snapshot.prescription();
        retired = false;
        updatedAt = now;
    }

    public void retire(long retiredVersion, Instant now) {
        version = retiredVersion;
        retired = true;
        updatedAt = now;
    }
}
