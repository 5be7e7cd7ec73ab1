package app.limber.progress.domain.milestone;

import app.limber.progress.domain.Facts;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Milestone inputs in tests: the user "anna" and her facts, built as the service derives them. */
final class Fixtures {

    static final String ANNA = "anna";

    private Fixtures() {
    }

    static MilestoneFacts facts(List<PlanFact> plans, List<SessionFact> sessions) {
        return MilestoneFacts.of(ANNA, Facts.facts(plans, sessions));
    }

    /** One half-hour session at 07:00 (local) on each day, counted toward no named plan. */
    static List<SessionFact> dailySessions(java.util.UUID routine, ZoneId zone, String... days) {
        List<SessionFact> sessions = new ArrayList<>();
        for (String day : days) {
            sessions.add(Facts.session("session:" + day, routine, null, day + "T07:00", zone));
        }
        return sessions;
    }

    /** The instant of a wall-clock time in a zone, e.g. {@code at("2026-11-26T18:00", BERLIN)}. */
    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
