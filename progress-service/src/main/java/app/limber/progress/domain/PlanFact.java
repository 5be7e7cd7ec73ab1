package app.limber.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What progress knows of one plan: the {@code limber.plan.scheduled.v1} payload with its current end and the
 * stretches it is paused.
 *
 * @param weeklyTarget sessions per ISO week, 1..14
 * @param timeZone     the zone in which the plan's weeks are counted
 * @param startsOn     first day of the plan (inclusive)
 * @param endsOn       last day of the plan (inclusive), or null while open-ended
 * @param pauses       the stretches actually paused ({@link PlanPauses}), in the plan's zone, by first day
 * @param scheduledOn  the day, in the plan's zone, on which it was scheduled (the event's {@code occurredAt}); a plan may
 *                     start up to a year before it, and its athlete cannot have trained for it before then; null when
 *                     unknown (plans recorded before progress kept it)
 */
public record PlanFact(UUID planId, UUID routineId, int weeklyTarget, ZoneId timeZone,
                       LocalDate startsOn, LocalDate endsOn, List<PlanPause> pauses, LocalDate scheduledOn) {

    public static final int MIN_WEEKLY_TARGET = 1;
    public static final int MAX_WEEKLY_TARGET = 14;

    public PlanFact {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(routineId, "routineId");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(startsOn, "startsOn");
        if (weeklyTarget < MIN_WEEKLY_TARGET || weeklyTarget > MAX_WEEKLY_TARGET) {
            throw new IllegalArgumentException("weeklyTarget must be 1..14, was " + weeklyTarget);
        }
        pauses = pauses.isEmpty() ? List.of() : pauses.stream().sorted(PlanPauses.ORDER).toList();
        if (pauses.stream().anyMatch(pause -> !pause.planId().equals(planId))) {
            throw new IllegalArgumentException("a pause of another plan on plan " + planId);
        }
    }

    /** A plan never paused, scheduled on a day not known. */
    public PlanFact(UUID planId, UUID routineId, int weeklyTarget, ZoneId timeZone, LocalDate startsOn,
                    LocalDate endsOn) {
        this(planId, routineId, weeklyTarget, timeZone, startsOn, endsOn, List.of(), null);
    }

    /** A plan scheduled on a day not known. */
    public PlanFact(UUID planId, UUID routineId, int weeklyTarget, ZoneId timeZone, LocalDate startsOn,
                    LocalDate endsOn, List<PlanPause> pauses) {
        this(planId, routineId, weeklyTarget, timeZone, startsOn, endsOn, pauses, null);
    }

    /** This plan paused exactly on {@code paused} (replacing whatever pauses it had). */
    public PlanFact withPauses(List<PlanPause> paused) {
        return new PlanFact(planId, routineId, weeklyTarget, timeZone, startsOn, endsOn, paused, scheduledOn);
    }

    /** This plan, scheduled on the day {@code at} falls on in its zone. */
    public PlanFact scheduledAt(Instant at) {
        return new PlanFact(planId, routineId, weeklyTarget, timeZone, startsOn, endsOn, pauses,
                at.atZone(timeZone).toLocalDate());
    }

    /** The first day its athlete could train for this plan: its start, or the day it was scheduled when that is later. */
    public LocalDate firstDayToTrain() {
        return scheduledOn != null && scheduledOn.isAfter(startsOn) ? scheduledOn : startsOn;
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(endsOn);
    }

    /**
     * This plan ended no later than {@code lastDay}. Ending only ever shortens a plan, so applying
     * several endings gives the earliest one whatever order they arrive in.
     */
    public PlanFact endingBy(LocalDate lastDay) {
        if (endsOn != null && !lastDay.isBefore(endsOn)) {
            return this;
        }
        return new PlanFact(planId, routineId, weeklyTarget, timeZone, startsOn, lastDay, pauses, scheduledOn);
    }

    /** Whether {@code day} lies within the plan's dates, paused or not. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public boolean isPausedOn(LocalDate day) {
        for (PlanPause pause : pauses) {
            if (pause.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Within the plan's dates and not paused: a day the plan asks for training. */
    public boolean isInForceOn(LocalDate day) {
        return isActiveOn(day) && !isPausedOn(day);
    }
}
