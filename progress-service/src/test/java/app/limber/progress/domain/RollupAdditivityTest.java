package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.NEW_YORK;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.facts;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consumer adds new sessions as increments; that must equal recomputing the user from all facts. */
class RollupAdditivityTest {

    private final PlanFact mobility = plan("m", MOBILITY, 3, BERLIN, "2026-11-12", "2026-12-09");
    private final PlanFact strength = plan("s", STRENGTH, 2, NEW_YORK, "2026-11-16");
    private final List<PlanFact> plans = List.of(mobility, strength);

    @Test
    void addingABatchOfNewSessionsEqualsRecomputingTheUser() {
        List<SessionFact> earlier = List.of(
                session("a", MOBILITY, null, "2026-11-13T07:00", BERLIN),
                session("b", STRENGTH, strength, "2026-11-17T19:00", NEW_YORK, 900),
                session("c", MOBILITY, mobility, "2026-11-17T07:00", BERLIN));
        List<SessionFact> batch = List.of(
                session("d", MOBILITY, null, "2026-11-17T21:00", BERLIN, 600),
                session("e", STRENGTH, null, "2026-11-23T06:00", NEW_YORK),
                session("f", MOBILITY, null, "2026-12-20T06:00", BERLIN));
        List<SessionFact> all = new ArrayList<>(earlier);
        all.addAll(batch);

        UserRollup incremental = UserRollup.of(facts(plans, earlier)).plus(UserRollup.of(facts(plans, batch)));

        assertEquals(UserRollup.of(facts(plans, all)), incremental);
    }

    @Test
    void addingNothingChangesNothing() {
        UserRollup rollup = UserRollup.of(facts(plans, List.of(session("a", MOBILITY, null, "2026-11-13T07:00", BERLIN))));

        assertEquals(rollup, rollup.plus(UserRollup.of(facts(plans, List.of()))));
    }
}
