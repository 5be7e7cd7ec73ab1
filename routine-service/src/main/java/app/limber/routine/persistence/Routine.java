package app.limber.routine.persistence;

import app.limber.routine.domain.Caller;
import app.limber.routine.domain.Purpose;
import app.limber.routine.domain.Range;
import app.limber.routine.domain.RoutineContent;
import app.limber.routine.domain.RoutineItem;
import app.limber.routine.domain.RoutineSource;
import app.limber.routine.domain.Visibility;
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

    public RoutineContent content() {
        return new RoutineContent(name, description, purpose, rounds(), items);
    }

    /** Takes this content as the routine's own. */
    public void describe(RoutineContent content, Instant now) {
        name = content.name();
        description = content.description();
        purpose = content.purpose();
        roundsMin = content.rounds().min();
        roundsMax = content.rounds().max();
        items = content.items();
        updatedAt = now;
    }

    /** The article a seeded template comes from; null for users' routines. */
    public RoutineSource source() {
        return sourceTitle == null && sourceArticle == null ? null : new RoutineSource(sourceTitle, sourceArticle);
    }

    public void cite(RoutineSource source) {
        sourceTitle = source == null ? null : source.title();
        sourceArticle = source == null ? null : source.article();
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    /** Whether the caller may see it: public templates everyone, private ones the owner (and admins). */
    public boolean visibleTo(Caller caller) {
        return deletedAt == null && (isPublic() || caller.admin() || caller.owns(ownerId));
    }
}
