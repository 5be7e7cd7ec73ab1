package app.limber.progress.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the service stores for one user, derived from their {@link UserFacts} alone: one row per
 * applied session, per-day tallies, per-plan-week tallies and per-area volume.
 *
 * <p>It depends on no clock: plan-weeks are listed only where at least one session counted, and
 * {@link PlanWeekHistory} adds the empty active weeks up to whatever week is "now" at read time. A
 * late, duplicated or deleted event is handled by recomputing this for that one user.
 */
public record UserRollup(List<AppliedSession> sessions, List<DayTally> days, List<PlanWeekTally> planWeeks,
                         List<AreaVolume> areas) {

    public UserRollup {
        sessions = List.copyOf(sessions);
        days = List.copyOf(days);
        planWeeks = List.copyOf(planWeeks);
        areas = List.copyOf(areas);
    }

    public static UserRollup of(UserFacts facts) {
        SessionAttribution attribution = new SessionAttribution(facts.plans());
        List<AppliedSession> applied = facts.sessions().stream()
                .map(attribution::apply)
                .sorted(Comparator.comparing(AppliedSession::localDate).thenComparing(AppliedSession::sessionId))
                .toList();
        return new UserRollup(applied, days(applied), planWeeks(applied, facts.plans()), areas(facts.sessions()));
    }

    /**
     * This rollup with {@code more} added, where {@code more} was derived from other sessions of the same user
     * under the same plans. Every part of a rollup is a sum over sessions (attribution depends on the plans
     * alone, never on other sessions), so {@code of(plans, A ∪ B) = of(plans, A).plus(of(plans, B))}: this is
     * what lets the consumer add a batch of new sessions with increments instead of recomputing the user.
     */
    public UserRollup plus(UserRollup more) {
        List<AppliedSession> allSessions = new ArrayList<>(sessions);
        allSessions.addAll(more.sessions);
        allSessions.sort(Comparator.comparing(AppliedSession::localDate).thenComparing(AppliedSession::sessionId));
        Map<LocalDate, DayTally> byDay = new TreeMap<>();
        Stream.concat(days.stream(), more.days.stream()).forEach(day -> byDay.merge(day.day(), day,
                (a, b) -> new DayTally(a.day(), a.sessions() + b.sessions(), a.durationSeconds() + b.durationSeconds())));
        Map<PlanWeekKey, PlanWeekTally> byPlanWeek = new HashMap<>();
        Stream.concat(planWeeks.stream(), more.planWeeks.stream()).forEach(tally -> byPlanWeek.merge(
                PlanWeekKey.of(tally), tally,
                (a, b) -> new PlanWeekTally(a.planId(), a.week(), a.done() + b.done(), a.target())));
        Map<String, AreaVolume> byArea = new TreeMap<>();
        Stream.concat(areas.stream(), more.areas.stream()).forEach(area -> byArea.merge(area.area(), area,
                (a, b) -> new AreaVolume(a.area(), a.sessions() + b.sessions(), a.sets() + b.sets(), a.reps() + b.reps(),
                        a.holdSeconds() + b.holdSeconds())));
        return new UserRollup(allSessions, List.copyOf(byDay.values()),
                byPlanWeek.values().stream().sorted(PlanWeekHistory.ORDER).toList(), List.copyOf(byArea.values()));
    }

    private static List<DayTally> days(List<AppliedSession> applied) {
        Map<LocalDate, List<AppliedSession>> byDay =
                applied.stream().collect(Collectors.groupingBy(AppliedSession::localDate, TreeMap::new, Collectors.toList()));
        return byDay.entrySet().stream()
                .map(day -> new DayTally(day.getKey(), day.getValue().size(),
                        day.getValue().stream().mapToLong(AppliedSession::durationSeconds).sum()))
                .toList();
    }

    private static List<PlanWeekTally> planWeeks(List<AppliedSession> applied, List<PlanFact> plans) {
        Map<UUID, PlanFact> plansById = plans.stream().collect(Collectors.toMap(PlanFact::planId, Function.identity()));
        Map<PlanWeekKey, Long> done = applied.stream()
                .filter(session -> session.planId() != null)
                .collect(Collectors.groupingBy(session -> new PlanWeekKey(session.planId(), session.planWeek()),
                        Collectors.counting()));
        // a skipped (wholly paused) week is no plan-week: its sessions count for their days only
        return done.entrySet().stream()
                .filter(entry -> PlanWeekRule.targetIn(plansById.get(entry.getKey().planId()), entry.getKey().week()) > 0)
                .map(entry -> new PlanWeekTally(entry.getKey().planId(), entry.getKey().week(),
                        entry.getValue().intValue(),
                        PlanWeekRule.targetIn(plansById.get(entry.getKey().planId()), entry.getKey().week())))
                .sorted(PlanWeekHistory.ORDER)
                .toList();
    }

    private static List<AreaVolume> areas(List<SessionFact> sessions) {
        Map<String, AreaTotals> byArea = new TreeMap<>();
        for (SessionFact session : sessions) {
            Set<String> touched = new HashSet<>();
            for (ExerciseFact exercise : session.exercises()) {
                for (String area : Set.copyOf(exercise.targetAreas())) {
                    byArea.computeIfAbsent(area, AreaTotals::new).add(exercise);
                    touched.add(area);
                }
            }
            touched.forEach(area -> byArea.get(area).sessions++);
        }
        return byArea.values().stream().map(AreaTotals::toVolume).toList();
    }

    private static final class AreaTotals {
        private final String area;
        private int sessions;
        private long sets;
        private long reps;
        private long holdSeconds;

        private AreaTotals(String area) {
            this.area = area;
        }

        private void add(ExerciseFact exercise) {
            sets += exercise.setsDone();
            reps += (long) exercise.setsDone() * exercise.repsDone();
            holdSeconds += (long) exercise.setsDone() * exercise.holdSeconds();
        }

        private AreaVolume toVolume() {
            return new AreaVolume(area, sessions, sets, reps, holdSeconds);
        }
    }
}
