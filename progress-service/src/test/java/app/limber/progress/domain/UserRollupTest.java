package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.facts;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserRollupTest {

    private final PlanFact plan = plan("p", MOBILITY, 3, BERLIN, "2026-11-16");

    @Test
    void keepsOneRowPerSessionSayingWhatItCountedWhere() {
        SessionFact planned = session("a", MOBILITY, null, "2026-11-17T07:00", BERLIN);
        SessionFact unplanned = session("b", id("routine:other"), null, "2026-11-17T19:00", BERLIN, 600);

        UserRollup rollup = UserRollup.of(facts(List.of(plan), List.of(planned, unplanned)));

        assertEquals(Set.of(
                        new AppliedSession(planned.sessionId(), date("2026-11-17"), 1800, plan.planId(), week("2026-W47")),
                        new AppliedSession(unplanned.sessionId(), date("2026-11-17"), 600, null, null)),
                Set.copyOf(rollup.sessions()));
        assertEquals(List.of(new DayTally(date("2026-11-17"), 2, 2400)), rollup.days());
        assertEquals(List.of(new PlanWeekTally(plan.planId(), week("2026-W47"), 1, 3)), rollup.planWeeks());
    }

    @Test
    void storesOnlyPlanWeeksWithSessionsAndTheHistoryFillsTheRestUpToNow() {
        UserRollup rollup = UserRollup.of(facts(List.of(plan), List.of(
                session("a", MOBILITY, null, "2026-11-17T07:00", BERLIN))));

        PlanWeekHistory history = PlanWeekHistory.through(List.of(plan), rollup.planWeeks(), week("2026-W49"));

        assertEquals(1, rollup.planWeeks().size());
        assertEquals(List.of(
                new PlanWeekTally(plan.planId(), week("2026-W47"), 1, 3),
                new PlanWeekTally(plan.planId(), week("2026-W48"), 0, 3),
                new PlanWeekTally(plan.planId(), week("2026-W49"), 0, 3)), history.planWeeks());
    }

    @Test
    void volumePerAreaCreditsEveryListedAreaInFull() {
        // The contract example: half pigeon left and right (held), then a foam-roll pass (neither reps nor hold).
        SessionFact cooldown = new SessionFact(id("cooldown"), MOBILITY, null, Instant.parse("2026-11-21T06:30:20Z"),
                Facts.LOS_ANGELES, date("2026-11-20"), 1095, List.of(
                new ExerciseFact(List.of("glutes", "hips", "hip-flexors"), 1, 0, 60),
                new ExerciseFact(List.of("glutes", "hips", "hip-flexors"), 1, 0, 45),
                new ExerciseFact(List.of("it-band", "glutes", "hips"), 1, 0, 0)));
        SessionFact warmUp = new SessionFact(id("warm-up"), MOBILITY, null, Instant.parse("2026-11-17T05:30:55Z"),
                BERLIN, date("2026-11-17"), 735, List.of(
                new ExerciseFact(List.of("glutes", "abductors", "hips"), 3, 15, 0),
                new ExerciseFact(List.of("glutes", "hamstrings", "core"), 2, 10, 3)));

        List<AreaVolume> areas = UserRollup.of(facts(List.of(), List.of(cooldown, warmUp))).areas();

        assertEquals(List.of(
                new AreaVolume("abductors", 1, 3, 45, 0),
                new AreaVolume("core", 1, 2, 20, 6),
                new AreaVolume("glutes", 2, 8, 65, 111),
                new AreaVolume("hamstrings", 1, 2, 20, 6),
                new AreaVolume("hip-flexors", 1, 2, 0, 105),
                new AreaVolume("hips", 2, 6, 45, 105),
                new AreaVolume("it-band", 1, 1, 0, 0)), areas);
    }

    @Test
    void aDeletedSessionLeavesNoTrace() {
        SessionFact kept = session("kept", MOBILITY, null, "2026-11-17T07:00", BERLIN);
        SessionFact deleted = session("deleted", MOBILITY, null, "2026-11-18T07:00", BERLIN);

        UserRollup withDeletion = UserRollup.of(UserFacts.reconcile(List.of(plan), List.of(), List.of(kept, deleted),
                List.of(deleted.sessionId())));

        assertEquals(UserRollup.of(facts(List.of(plan), List.of(kept))), withDeletion);
    }
}
