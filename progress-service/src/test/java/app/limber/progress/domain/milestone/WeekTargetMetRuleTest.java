package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static app.limber.progress.domain.Facts.week;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.limber.progress.domain.PlanFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekTargetMetRuleTest {

    private final PlanFact mobility = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");

    @Test
    void aWeekIsMetWithTheSessionThatReachesItsTarget() {
        List<Milestone> twoOfThree = WeekTargetMetRule.milestones(
                facts(List.of(mobility), dailySessions(MOBILITY, BERLIN, "2026-11-16", "2026-11-18")));
        List<Milestone> threeOfThree = WeekTargetMetRule.milestones(
                facts(List.of(mobility), dailySessions(MOBILITY, BERLIN, "2026-11-16", "2026-11-18", "2026-11-20")));

        assertEquals(List.of(), twoOfThree);
        assertEquals(List.of(met(mobility, "2026-W47", 3, 3)), threeOfThree);
        assertEquals("week-target-met|" + mobility.planId() + "|2026-W47", threeOfThree.get(0).key().text());
    }

    @Test
    void sessionsBeyondTheTargetStillMakeOneMilestone() {
        List<Milestone> milestones = WeekTargetMetRule.milestones(facts(List.of(mobility),
                dailySessions(MOBILITY, BERLIN, "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19")));

        assertEquals(List.of(met(mobility, "2026-W47", 4, 3)), milestones);
    }

    @Test
    void aPlanStartingOnThursdayAsksForTwoThatWeek() {
        PlanFact fromThursday = plan("thursday", MOBILITY, 3, BERLIN, "2026-11-19");

        List<Milestone> milestones = WeekTargetMetRule.milestones(
                facts(List.of(fromThursday), dailySessions(MOBILITY, BERLIN, "2026-11-19", "2026-11-21")));

        assertEquals(List.of(met(fromThursday, "2026-W47", 2, 2)), milestones);
    }

    @Test
    void aPlanEndingOnWednesdayAsksForOneInItsLastWeek() {
        PlanFact ending = plan("ending", MOBILITY, 3, BERLIN, "2026-11-16", "2026-11-25");

        List<Milestone> milestones = WeekTargetMetRule.milestones(
                facts(List.of(ending), dailySessions(MOBILITY, BERLIN, "2026-11-24")));

        assertEquals(List.of(met(ending, "2026-W48", 1, 1)), milestones);
    }

    @Test
    void eachPlanCountsItsWeekInItsOwnZone() {
        PlanFact berlin = plan("berlin", MOBILITY, 1, BERLIN, "2026-11-16");
        PlanFact losAngeles = plan("la", STRENGTH, 1, LOS_ANGELES, "2026-11-16");
        // Sunday 23:30 in Los Angeles is already Monday in Berlin: W47 for the LA plan.
        List<Milestone> milestones = WeekTargetMetRule.milestones(facts(List.of(berlin, losAngeles), List.of(
                session("late-sunday", STRENGTH, losAngeles, "2026-11-22T23:30", LOS_ANGELES),
                session("berlin-monday", MOBILITY, berlin, "2026-11-23T08:00", BERLIN))));

        List<Milestone> expected = new ArrayList<>(List.of(met(berlin, "2026-W48", 1, 1), met(losAngeles, "2026-W47", 1, 1)));
        assertEquals(sorted(expected), sorted(milestones));
    }

    @Test
    void week53IsMetLikeAnyOther() {
        PlanFact winter = plan("winter", MOBILITY, 2, BERLIN, "2026-12-21");

        List<Milestone> milestones = WeekTargetMetRule.milestones(
                facts(List.of(winter), dailySessions(MOBILITY, BERLIN, "2026-12-29", "2027-01-02")));

        assertEquals(List.of(met(winter, "2026-W53", 2, 2)), milestones);
    }

    @Test
    void aSessionOutsideEveryPlanMeetsNothing() {
        assertEquals(List.of(), WeekTargetMetRule.milestones(
                facts(List.of(mobility), dailySessions(STRENGTH, BERLIN, "2026-11-16", "2026-11-17", "2026-11-18"))));
        assertEquals(List.of(), WeekTargetMetRule.milestones(facts(List.of(mobility), List.of())));
    }

    static Milestone met(PlanFact plan, String week, int done, int target) {
        return Milestone.exact(new MilestoneKey(Fixtures.ANNA, MilestoneType.WEEK_TARGET_MET, plan.planId(),
                        new MilestonePeriod.Week(week(week))),
                new MilestoneDetails.WeekTargetMet(week(week), done, target));
    }

    private static List<Milestone> sorted(List<Milestone> milestones) {
        return milestones.stream().sorted(java.util.Comparator.comparing(m -> m.key().text())).toList();
    }
}
