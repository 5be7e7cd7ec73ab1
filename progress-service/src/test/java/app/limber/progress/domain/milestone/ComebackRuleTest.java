package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComebackRuleTest {

    @Test
    void aSessionSevenDaysAfterTheLastIsAComeback() {
        List<Milestone> milestones = ComebackRule.milestones(
                facts(List.of(), dailySessions(MOBILITY, BERLIN, "2026-11-01", "2026-11-08")), MilestoneSettings.DEFAULTS);

        DateRange spell = new DateRange(date("2026-11-02"), date("2026-11-08"));
        assertEquals(List.of(new Milestone(new MilestoneKey(Fixtures.ANNA, MilestoneType.COMEBACK, null,
                new MilestonePeriod.Spell(spell)), new MilestoneDetails.Comeback(7, date("2026-11-08")), spell)), milestones);
    }

    @Test
    void sixDaysAwayIsNoSpell() {
        assertEquals(List.of(), ComebackRule.milestones(
                facts(List.of(), dailySessions(MOBILITY, BERLIN, "2026-11-01", "2026-11-07")), MilestoneSettings.DEFAULTS));
    }

    @Test
    void theFirstSessionEverIsNoComeback() {
        assertEquals(List.of(), ComebackRule.milestones(
                facts(List.of(), dailySessions(MOBILITY, BERLIN, "2026-11-01")), MilestoneSettings.DEFAULTS));
    }

    @Test
    void theSpellLengthIsConfigurable() {
        List<Milestone> milestones = ComebackRule.milestones(
                facts(List.of(), dailySessions(MOBILITY, BERLIN, "2026-11-01", "2026-11-04", "2026-11-06")),
                new MilestoneSettings(3, 1));

        assertEquals(List.of(3), milestones.stream()
                .map(m -> ((MilestoneDetails.Comeback) m.details()).daysAway()).toList());
    }

    @Test
    void everySpellHasItsComeback() {
        List<Milestone> milestones = ComebackRule.milestones(facts(List.of(),
                dailySessions(MOBILITY, BERLIN, "2026-10-01", "2026-10-20", "2026-10-21", "2026-11-02")),
                MilestoneSettings.DEFAULTS);

        assertEquals(List.of("comeback|-|2026-10-02..2026-10-20", "comeback|-|2026-10-22..2026-11-02"),
                milestones.stream().map(m -> m.key().text()).toList());
    }
}
