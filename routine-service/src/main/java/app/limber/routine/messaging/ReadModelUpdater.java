package app.limber.routine.messaging;

import app.limber.routine.persistence.CatalogExercise;
import app.limber.routine.persistence.CatalogExerciseRepository;
import app.limber.routine.persistence.InMemoryCatalog;
import app.limber.routine.persistence.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Applies catalog events to the local copy. Idempotent: the event id is recorded in the same transaction,
 * and a version not newer than the one held changes nothing (the topic does not promise order across
 * re-publications and compaction).
 */
@ApplicationScoped
class ReadModelUpdater {

    private static final Logger LOG = Logger.getLogger(ReadModelUpdater.class);

    private final CatalogExerciseRepository exercises;
    private final ProcessedEventRepository processed;
    private final InMemoryCatalog readModel;

    ReadModelUpdater(CatalogExerciseRepository exercises, ProcessedEventRepository processed, InMemoryCatalog readModel) {
        this.exercises = exercises;
        this.processed = processed;
        this.readModel = readModel;
    }

    @Transactional
    void apply(CatalogEvent event) {
        if (!processed.markProcessed(event.eventId())) {
            LOG.debugf("catalog event %s already applied", event.eventId());
            return;
        }
        CatalogExercise row = exercises.findByIdOptional(event.slug(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (row != null && event.version() <= row.version) {
            LOG.debugf("ignoring %s of %s at version %d: version %d held", event.getClass().getSimpleName(),
                    event.slug(), event.version(), row.version);
            return;
        }
        readModel.changingInThisTransaction();
        Instant now = Instant.now();
        boolean created = row == null;
        if (created) {
            row = new CatalogExercise();
            row.slug = event.slug();
        }
        if (event instanceof CatalogEvent.Upserted upserted) {
            row.apply(upserted.exercise(), now);
        } else {
            row.retire(event.version(), now);
        }
        if (created) {
            exercises.persist(row);
        }
    }
}
