package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.UserRollup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The windowed reconciliation of a batch that only adds sessions ({@link CelebrationWindow}) decides exactly what the
 * reconciliation of the whole history decides, batch after batch, over randomized histories: dense and sparse
 * trainers, several plans in zones from UTC−11 to UTC+14 (some ending, some paused and resumed, some scheduled late),
 * sessions naming a plan or not, sessions logged in order, late by up to three months and on days already trained,
 * sessions deleted, batches with milestones switched off, across a DST change and ISO week 2026-W53.
 *
 * <p>Two worlds see the same batches. One reconciles every batch over the whole history, as before. The other does
 * what {@code Celebrations} does: a batch that only adds sessions, for a user reconciled with every earlier change,
 * goes to {@link InOrderAddition} with the latest runs kept at the last reconciliation; when that cannot tell, to the
 * window (2 weeks, then 8, then 64), and only when the window cannot decide to the whole history. The news of an
 * in-order batch see the recorded keys whose days reach theirs, the window the facts and the recorded keys as the
 * service's reads select them ({@link MilestoneFacts#since}, keys whose {@link CelebrationWindow#days} end on or after
 * the window's start). After every batch both must have decided the same publications (key, occurrence, payload,
 * episode) and revocations and hold the same rows, and the latest runs kept must be those of the whole history.
 */
class CelebrationWindowTest {

    private static final String USER = "anna";
    private static final LocalDate FIRST = LocalDate.parse("2026-05-04");
    private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Tokyo"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago")};

    private enum Outcome { QUIET, IN_ORDER, IN_ORDER_OWN_KEYS, WINDOW, WHOLE_AFTER_WINDOW, WHOLE, OFF, WEEKLY_UNKNOWN }

    @Test
    void theWindowDecidesWhatTheWholeHistoryDecides() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int publications = 0;
        int revocations = 0;
        for (int seed = 0; seed < 80; seed++) {
            int[] counts = replay(new Random(seed), outcomes);
            publications += counts[0];
            revocations += counts[1];
        }
        int quiet = outcomes.getOrDefault(Outcome.QUIET, 0);
        int inOrder = outcomes.getOrDefault(Outcome.IN_ORDER, 0);
        int windowed = outcomes.getOrDefault(Outcome.WINDOW, 0);
        int additions = quiet + inOrder + windowed + outcomes.getOrDefault(Outcome.WHOLE_AFTER_WINDOW, 0);
        assertTrue(quiet > 0.3 * additions, "many batches that only add make nothing new true: " + outcomes);
        assertTrue(inOrder > 0.1 * additions, "many make news from the latest runs alone: " + outcomes);
        assertTrue(outcomes.getOrDefault(Outcome.IN_ORDER_OWN_KEYS, 0) > 100,
                "news decided without reading a recorded key are compared with those decided from the keys: " + outcomes);
        assertTrue(quiet + inOrder + windowed > 0.8 * additions,
                "most batches that only add read a window, the keys of their news or nothing: " + outcomes);
        assertTrue(outcomes.getOrDefault(Outcome.WHOLE_AFTER_WINDOW, 0) > 50, "the fallback is exercised: " + outcomes);
        assertTrue(publications > 2_000 && revocations > 200, "the histories publish and revoke: " + publications
                + " publications, " + revocations + " revocations");
    }

    /** One user's history; returns the publications and revocations decided. */
    private static int[] replay(Random random, Map<Outcome, Integer> outcomes) {
        boolean dense = random.nextInt(3) == 0;
        double perDay = dense ? 0.55 + random.nextDouble() * 0.4 : 0.05 + random.nextDouble() * 0.3;
        List<PlanFact> plans = new ArrayList<>();
        int planCount = 1 + random.nextInt(3);
        for (int p = 0; p < planCount; p++) {
            plans.add(plan(random, p, random.nextInt(3) == 0 ? random.nextInt(120) : random.nextInt(14)));
        }
        List<SessionFact> sessions = new ArrayList<>();
        List<RecordedMilestone> whole = List.of();
        List<RecordedMilestone> windowed = List.of();
        boolean reconciled = false;
        LatestRuns latestRuns = LatestRuns.UNKNOWN;
        int published = 0;
        int revoked = 0;
        int sessionNumber = 0;
        for (int day = 0; day < 300; day++) {
            List<SessionFact> added = new ArrayList<>();
            boolean deleted = false;
            boolean planChanged = false;
            if (random.nextDouble() < perDay) {
                int count = random.nextInt(10) == 0 ? 2 : 1;
                for (int i = 0; i < count; i++) {
                    added.add(session(random, plans, sessionNumber++, day));
                }
            }
            if (random.nextInt(12) == 0) {
                int late = day - 1 - random.nextInt(random.nextBoolean() ? 14 : 90);
                added.add(session(random, plans, sessionNumber++, Math.max(0, late)));
            }
            if (random.nextInt(25) == 0 && !sessions.isEmpty()) {
                sessions.remove(random.nextInt(sessions.size()));
                deleted = true;
            }
            if (random.nextInt(40) == 0) {
                planChanged = true;
                changePlans(random, plans, day);
            }
            if (added.isEmpty() && !deleted && !planChanged) {
                continue;
            }
            sessions.addAll(added);
            if (random.nextInt(60) == 0) {
                // milestones switched off for this batch: nothing is reconciled, and the user no longer counts as reconciled
                reconciled = false;
                count(outcomes, Outcome.OFF);
                continue;
            }
            UserFacts facts = new UserFacts(plans, sessions);
            MilestoneFacts all = MilestoneFacts.of(USER, facts);
            RevocationReason reason = RevocationReason.forChanges(deleted, planChanged);

            MilestoneChanges expected = MilestoneReconciliation.reconcile(whole,
                    EventMilestones.of(all, MilestoneSettings.DEFAULTS), reason);
            MilestoneChanges actual = null;
            boolean onlyAdded = !deleted && !planChanged;
            if (onlyAdded && reconciled) {
                Optional<InOrderAddition.Outcome> inOrder = InOrderAddition.of(latestRuns,
                        added(plans, added, sessions), USER, MilestoneSettings.DEFAULTS);
                if (inOrder.isPresent()) {
                    Optional<MilestoneChanges> unread = inOrder.get().publications(latestRuns);
                    latestRuns = inOrder.get().after();
                    if (inOrder.get().news().isEmpty()) {
                        actual = MilestoneChanges.NONE;
                        count(outcomes, Outcome.QUIET);
                    } else {
                        actual = MilestoneReconciliation.publish(
                                since(windowed, inOrder.get().firstDay().orElseThrow()), inOrder.get().news());
                        count(outcomes, Outcome.IN_ORDER);
                        if (unread.isPresent()) {
                            assertEquals(actual, unread.get(), "news decided without the keys on day " + day);
                            count(outcomes, Outcome.IN_ORDER_OWN_KEYS);
                        }
                    }
                }
                for (int weeks : CelebrationWindow.WEEKS) {
                    if (actual != null) {
                        break;
                    }
                    LocalDate start = CelebrationWindow.start(CelebrationWindow.earliestWeek(plans, added), weeks);
                    MilestoneFacts window = all.since(start);
                    Optional<MilestoneChanges> decided = CelebrationWindow.reconcile(window, start, added,
                            since(windowed, start), MilestoneSettings.DEFAULTS, reason);
                    if (decided.isPresent()) {
                        actual = decided.get();
                        latestRuns = new LatestRuns(LatestRuns.latestDailyRun(window.activeDays()),
                                CelebrationWindow.latestWeeklyRun(window, start, latestRuns.weekly()));
                        count(outcomes, Outcome.WINDOW);
                    }
                }
                if (actual == null) {
                    count(outcomes, Outcome.WHOLE_AFTER_WINDOW);
                }
            } else {
                count(outcomes, Outcome.WHOLE);
            }
            List<Milestone> trueNow = EventMilestones.of(all, MilestoneSettings.DEFAULTS);
            if (actual == null) {
                actual = MilestoneReconciliation.reconcile(windowed, trueNow, reason);
                latestRuns = LatestRuns.of(all).withOwnKeys(MilestoneReconciliation.onlyOwnKeys(
                        actual.applyTo(windowed), trueNow));
            }
            if (latestRuns.ownKeys()) {
                assertTrue(MilestoneReconciliation.onlyOwnKeys(actual.applyTo(windowed), trueNow),
                        "the recorded keys are those true now, as the kept runs say, on day " + day);
            }
            LatestRuns truth = LatestRuns.of(all);
            assertEquals(truth.daily(), latestRuns.daily(), "the latest daily run kept on day " + day);
            if (latestRuns.weekly().isPresent()) {
                assertEquals(truth.weekly(), latestRuns.weekly(), "the latest weekly run kept on day " + day);
            } else {
                count(outcomes, Outcome.WEEKLY_UNKNOWN);
            }
            assertEquals(expected, actual, "day " + day + " of a history, after adding " + added);
            whole = expected.applyTo(whole);
            windowed = actual.applyTo(windowed);
            assertEquals(whole, windowed);
            reconciled = true;
            published += expected.published().size();
            revoked += expected.revoked().size();
        }
        return new int[] {published, revoked};
    }

    /** The latest occurrence of each key whose days end on or after {@code start}, as the service reads them. */
    private static List<RecordedMilestone> since(List<RecordedMilestone> recorded, LocalDate start) {
        return recorded.stream().filter(row -> CelebrationWindow.days(row.key())
                .map(days -> !days.last().isBefore(start)).orElse(false)).toList();
    }

    /** What the service's rollups tell the celebrations of a batch that adds these sessions to the others. */
    private static AddedSessions added(List<PlanFact> plans, List<SessionFact> added, List<SessionFact> all) {
        List<PlanWeekTally> counted = UserRollup.of(new UserFacts(plans, added)).planWeeks();
        List<PlanWeekTally> standing = UserRollup.of(new UserFacts(plans, all)).planWeeks().stream()
                .filter(tally -> counted.stream().anyMatch(count -> count.planId().equals(tally.planId())
                        && count.week().equals(tally.week())))
                .toList();
        return new AddedSessions(added, plans, counted, standing);
    }

    private static PlanFact plan(Random random, int number, int startDay) {
        UUID routine = random.nextBoolean() ? MOBILITY : STRENGTH;
        int target = 1 + random.nextInt(random.nextBoolean() ? 3 : 6);
        LocalDate start = FIRST.plusDays(startDay);
        LocalDate end = random.nextInt(4) == 0 ? start.plusDays(30 + random.nextInt(200)) : null;
        return new PlanFact(id("plan:" + random.nextLong() + ":" + number), routine, target,
                ZONES[random.nextInt(ZONES.length)], start, end);
    }

    /** A plan scheduled, ended, paused or resumed (pauses replaced as a resumption would). */
    private static void changePlans(Random random, List<PlanFact> plans, int day) {
        int which = random.nextInt(plans.size());
        PlanFact plan = plans.get(which);
        switch (random.nextInt(4)) {
            case 0 -> plans.add(plan(random, plans.size(), Math.max(0, day - random.nextInt(20))));
            case 1 -> plans.set(which, plan.endingBy(FIRST.plusDays(day + random.nextInt(20))));
            case 2 -> {
                LocalDate from = FIRST.plusDays(Math.max(0, day - random.nextInt(30)));
                List<PlanPause> pauses = new ArrayList<>(plan.pauses());
                if (pauses.stream().noneMatch(pause -> !pause.endsOn().isBefore(from.minusDays(1)))) {
                    pauses.add(new PlanPause(plan.planId(), id("pause:" + random.nextLong()), from,
                            from.plusDays(3 + random.nextInt(20))));
                }
                plans.set(which, plan.withPauses(pauses));
            }
            default -> plans.set(which, plan.withPauses(plan.pauses().isEmpty() ? List.of()
                    : plan.pauses().subList(0, plan.pauses().size() - 1)));
        }
    }

    private static SessionFact session(Random random, List<PlanFact> plans, int number, int day) {
        PlanFact plan = plans.get(random.nextInt(plans.size()));
        ZoneId zone = random.nextInt(5) == 0 ? ZONES[random.nextInt(ZONES.length)] : plan.timeZone();
        LocalDate date = FIRST.plusDays(day);
        var completedAt = date.atTime(random.nextInt(24), random.nextInt(60)).atZone(zone).toInstant();
        return new SessionFact(id("session:" + random.nextLong() + ":" + number),
                random.nextInt(8) == 0 ? (plan.routineId().equals(MOBILITY) ? STRENGTH : MOBILITY) : plan.routineId(),
                random.nextBoolean() ? plan.planId() : null, completedAt, zone, completedAt.atZone(zone).toLocalDate(),
                1800, List.of(new ExerciseFact(List.of("hips"), 1, 10, 0)));
    }

    private static void count(Map<Outcome, Integer> outcomes, Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }
}
