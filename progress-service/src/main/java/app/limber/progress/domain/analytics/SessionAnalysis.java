package app.limber.progress.domain.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.SessionPrescription;

/**
 * What one session adds to the analytics rollups, kept per session so that its deletion subtracts exactly that.
 * The week is the ISO week of the session's day ({@code localDate}). A session without a prescription (recorded
 * before routine published one) has no item outcomes: it counts for its exercises only.
 */
public record SessionAnalysis(UUID sessionId, UUID routineId, IsoWeek week, List<ItemOutcome> items,
                              List<ExerciseOutcome> exercises) {

    public SessionAnalysis {
        items = List.copyOf(items);
        exercises = List.copyOf(exercises);
    }

    public static SessionAnalysis of(SessionFact session) {
        SessionPrescription prescription = session.prescription();
        List<ItemOutcome> items = prescription == null ? List.of() : items(prescription, session.exercises());
        return new SessionAnalysis(session.sessionId(), session.routineId(), IsoWeek.of(session.localDate()), items,
                exercises(session, prescription, items));
    }

    private static List<ItemOutcome> items(SessionPrescription prescription, List<ExerciseFact> logged) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (SessionPrescription.Item item : prescription.items()) {
            List<ExerciseFact> entries = logged.stream()
                    .filter(entry -> Objects.equals(entry.itemPosition(), item.position())).toList();
            boolean completed = !entries.isEmpty() && entries.stream().allMatch(ExerciseFact::completed);
            outcomes.add(new ItemOutcome(item.position(), item.exerciseSlug(), completed,
                    DoseRatio.of(item, prescription.roundsMin(), entries), false));
        }
        OptionalInt last = DropOff.lastCompletedPosition(outcomes);
        return outcomes.stream().map(outcome -> new ItemOutcome(outcome.position(), outcome.exerciseSlug(), outcome.completed(), outcome.dose(),
                last.isPresent() && last.getAsInt() == outcome.position())).toList();
    }

    private static List<ExerciseOutcome> exercises(SessionFact session, SessionPrescription prescription,
                                                   List<ItemOutcome> items) {
        Map<String, List<ItemOutcome>> prescribed = new LinkedHashMap<>();
        if (prescription != null) {
            for (int i = 0; i < prescription.items().size(); i++) {
                prescribed.computeIfAbsent(prescription.items().get(i).exerciseSlug(), slug -> new ArrayList<>())
                        .add(items.get(i));
            }
        }
        Map<String, Boolean> loggedOnly = new LinkedHashMap<>();
        for (ExerciseFact entry : session.exercises()) {
            if (entry.exerciseSlug() != null && !prescribed.containsKey(entry.exerciseSlug())) {
                loggedOnly.merge(entry.exerciseSlug(), entry.completed(), Boolean::logicalAnd);
            }
        }
        List<ExerciseOutcome> outcomes = new ArrayList<>();
        prescribed.forEach((slug, outcomesOfSlug) -> outcomes.add(new ExerciseOutcome(slug,
                outcomesOfSlug.stream().allMatch(ItemOutcome::completed), meanDose(outcomesOfSlug), session.effort(),
                session.discomfort())));
        loggedOnly.forEach((slug, completed) -> outcomes.add(new ExerciseOutcome(slug, completed, null, session.effort(),
                session.discomfort())));
        return outcomes;
    }

    private static BigDecimal meanDose(List<ItemOutcome> items) {
        List<BigDecimal> doses = items.stream().map(ItemOutcome::dose).filter(Objects::nonNull).toList();
        return doses.isEmpty() ? null : doses.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(doses.size()), DoseRatio.SCALE, RoundingMode.HALF_UP);
    }
}
