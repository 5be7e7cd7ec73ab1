package app.limber.routine.messaging;

import app.limber.routine.domain.Range;
import app.limber.routine.domain.SessionPrescription;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The v1 payloads this service publishes, field for field as in contracts/ (nulls are written: the
 * schemas require {@code endsOn}, {@code planId} and {@code effort} to be present, null or not; the fields
 * added to v1 later, {@code assignedBy}, {@code discomfort}, {@code prescription} and {@code itemPosition}, are left
 * out when there is nothing to say).
 */
final class EventPayloads {

    private EventPayloads() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PlanScheduled(UUID eventId, Instant occurredAt, String userId, UUID planId, UUID routineId,
                         int weeklyTarget, String timeZone, LocalDate startsOn, LocalDate endsOn,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String assignedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PlanEnded(UUID eventId, Instant occurredAt, String userId, UUID planId, LocalDate endsOn) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SessionCompleted(UUID eventId, Instant occurredAt, String userId, UUID sessionId, UUID routineId,
                            UUID planId, String purpose, Instant startedAt, Instant completedAt, String timeZone,
                            LocalDate localDate, int durationSeconds, List<ExerciseDone> exercises, Integer effort,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer discomfort,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Prescribed prescription) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExerciseDone(String exerciseSlug, List<String> targetAreas, String side, int setsDone, int repsDone,
                        int holdSeconds, boolean completed,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer itemPosition) {
    }

    /** The routine as prescribed when the session was recorded; a range that does not apply is left out. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Prescribed(Range rounds, List<PrescribedItem> items) {

        static Prescribed of(SessionPrescription prescription) {
            return new Prescribed(prescription.rounds(), prescription.items().stream()
                    .map(item -> new PrescribedItem(item.position(), item.exerciseSlug(), item.perSide(), item.sets(),
                            item.reps(), item.holdSeconds(), item.durationSeconds())).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PrescribedItem(int position, String exerciseSlug, boolean perSide, Range sets, Range reps, Range holdSeconds,
                          Range durationSeconds) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PlanPaused(UUID eventId, Instant occurredAt, String userId, UUID planId, UUID pauseId, LocalDate startsOn,
                      LocalDate endsOn, String pausedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PlanResumed(UUID eventId, Instant occurredAt, String userId, UUID planId, UUID pauseId,
                       LocalDate resumedOn) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CoachingGranted(UUID eventId, Instant occurredAt, String athleteId, String coachId, List<String> scopes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CoachingRevoked(UUID eventId, Instant occurredAt, String athleteId, String coachId, String revokedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SessionDeleted(UUID eventId, Instant occurredAt, String userId, UUID sessionId) {
    }
}
