package app.limber.routine.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A routine: a public template (no owner) or a user's private routine. Deleting keeps the row for history. */
@Entity
@Table(name = "routine")
public class Routine {

    @Id
    public UUID id;
    /** Only seeded templates have one; it makes seeding idempotent. */
    public String slug;
    public String name;
    public String description;
    @Convert(converter = PurposeConverter.class)
    public Purpose purpose;
    @Enumerated(EnumType.STRING)
    public Visibility visibility;
    @Column(name = "owner_id")
    public String ownerId;
    @Column(name = "rounds_min")
    public int roundsMin;
    @Column(name = "rounds_max")
    public int roundsMax;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RoutineItem> items;
    @Column(name = "source_title")
    public String sourceTitle;
    @Column(name = "source_article")
    public String sourceArticle;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "deleted_at")
    public Instant deletedAt;

    public Range rounds() {
        return Range.of(roundsMin, roundsMax);
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    /** Whether this user may see it: public templates to everyone, private ones to the owner. */
    public boolean visibleTo(String userId, boolean admin) {
        return deletedAt == null && (isPublic() || admin || (userId != null && userId.equals(ownerId)));
    }
}
