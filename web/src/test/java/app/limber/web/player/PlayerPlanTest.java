package app.limber.web.player;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlayerPlanTest {

    private static PlayerItem item(String slug, int sets, Integer reps, Integer hold, Integer duration, boolean perSide, int rest) {
        return new PlayerItem(slug, slug, sets, reps, hold, duration, perSide, rest, List.of("do it"), List.of("well"));
    }

    @Test
    void aPerSideItemPlaysEachSideInTurnWithinEverySetThenRests() {
        PlayerPlan plan = PlayerPlan.of(List.of(item("clamshells", 2, 10, null, null, true, 15), item("bridge", 1, null, 30, null, false, 0)), 1);
        List<String> steps = plan.steps().stream().map(s -> s.kind() + ":" + s.slug() + ":" + s.side() + ":" + s.set() + ":" + s.seconds()).toList();
        assertEquals(List.of(
                "work:clamshells:left:1:null", "work:clamshells:right:1:null", "rest:clamshells:null:1:15",
                "work:clamshells:left:2:null", "work:clamshells:right:2:null", "rest:clamshells:null:2:15",
                "work:bridge:null:1:30"), steps);
        assertEquals("Set 2 of 2 · Left side", plan.steps().get(3).position());
        assertEquals("Hold for 30 s", plan.steps().get(6).instruction());
    }

    @Test
    void roundsRepeatTheListAndTheVeryLastRestIsDropped() {
        PlayerPlan plan = PlayerPlan.of(List.of(item("swings", 1, null, null, 20, false, 10)), 3);
        assertEquals(5, plan.steps().size(), "work, rest, work, rest, work");
        assertEquals("work", plan.steps().get(4).kind());
        assertEquals("Round 3 of 3", plan.steps().get(4).position());
        assertEquals(20 * 3 + 10 * 2, plan.timedSeconds());
    }

    @Test
    void heldRepsCountDownTheirTotalAndPlainRepsWaitForDone() {
        PlayerPlan plan = PlayerPlan.of(List.of(item("deadlift", 1, 6, 2, null, false, 0), item("squat", 1, 12, null, null, false, 0),
                item("unknown", 1, null, null, null, false, 0)), 1);
        assertEquals(12, plan.steps().get(0).seconds());
        assertEquals("6 reps, holding each 2 s", plan.steps().get(0).instruction());
        assertNull(plan.steps().get(1).seconds());
        assertEquals("12 reps", plan.steps().get(1).instruction());
        assertEquals(PlayerPlan.DEFAULT_WORK_SECONDS, plan.steps().get(2).seconds(), "no dose: the estimate's 30 s");
    }

    @Test
    void entriesAreOnePerExerciseAndSideWithTheSetsOfAllRounds() {
        PlayerPlan plan = PlayerPlan.of(List.of(item("clamshells", 2, 10, null, null, true, 0), item("plank", 1, null, 40, null, false, 0)), 2);
        assertEquals(List.of("clamshells:left:4:10:0", "clamshells:right:4:10:0", "plank:both:2:0:40"),
                plan.entries().stream().map(SessionEntry::formValue).toList());
        assertEquals(List.of(0, 1, 0, 1, 2), plan.steps().stream().filter(s -> !s.rest()).limit(5).map(PlayerStep::entry).toList(),
                "each piece of work names the entry it is logged under");
        assertFalse(plan.steps().stream().anyMatch(PlayerStep::rest), "no rest was asked for");
    }

    /**
     * routine-service takes one time per set, holdSeconds, and progress measures a durationSeconds prescription
     * against it: a timed move (butt kicks, 20 s) played in full logs its 20 s, not 0 (which read as half its dose).
     */
    @Test
    void aTimedMoveLogsItsSecondsAsEachSetsTime() {
        PlayerPlan plan = PlayerPlan.of(List.of(item("butt-kicks", 1, null, null, 20, false, 10),
                item("walking-lunge", 2, 8, null, 30, true, 0)), 1);
        assertEquals(List.of("butt-kicks:both:1:0:20", "walking-lunge:left:2:8:30", "walking-lunge:right:2:8:30"),
                plan.entries().stream().map(SessionEntry::formValue).toList());
    }

    @Test
    void aFormValueParsesBackAndAForgedOneDoesNot() {
        SessionEntry entry = new SessionEntry(3, "leg-swings", "Leg Swings", "right", 2, 15, 0);
        assertEquals(entry.formValue(), SessionEntry.parse(3, entry.formValue()).formValue());
        assertNull(SessionEntry.parse(0, "leg-swings:sideways:1:1:0"));
        assertNull(SessionEntry.parse(0, "Leg Swings:both:1:1:0"));
        assertNull(SessionEntry.parse(0, "leg-swings:both:1:x:0"));
        assertNull(SessionEntry.parse(0, null));
    }
}
