package app.limber.bench.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.limber.progress.domain.milestone.CelebrationDay;
import app.limber.progress.domain.milestone.EventMilestones;
import app.limber.progress.domain.milestone.Milestone;
import app.limber.progress.domain.milestone.MilestoneSettings;

/**
 * The {@code milestone} rows a user has before the measured sweeps, as progress-service would have recorded them:
 * every nudge due at the user's nudge hour on each day of the plan before {@code sunday}, with the facts of that day
 * (decided by its own rules through a {@link NudgeLedger}), and every celebration true on {@code sunday}, published on
 * its day. The sweep reads these rows back for the users it claims.
 */
final class SweepHistory {

    /** One row of {@code milestone}: occurrence 1, active; {@code withheldReason} null when published. */
    record Row(UUID id, String userId, String keyText, String type, UUID planId, String details, LocalDate localDate,
               Instant recordedAt, String withheldReason) {
    }

    private final MilestoneSettings settings;

    SweepHistory(MilestoneSettings settings) {
        this.settings = settings;
    }

    /** The user's rows; {@code ledger} is left holding what they record, as the sweep will find it. */
    List<Row> before(SweepUser user, LocalDate sunday, NudgeLedger ledger) {
        List<Row> rows = new ArrayList<>();
        for (LocalDate day = user.plan().startsOn(); day.isBefore(sunday); day = day.plusDays(1)) {
            for (NudgeLedger.Recorded nudge : ledger.visit(user.facts(day), user.settings(), settings, user.nudgeHourOn(day))) {
                Milestone milestone = nudge.due().milestone();
                UUID id = milestone.key().id(1);
                rows.add(new Row(id, user.id(), milestone.key().text(), milestone.type().slug(), milestone.key().planId(),
                        details(milestone.payloadFields()), nudge.due().localDate(), nudge.at(),
                        nudge.decision().sends() ? null : nudge.decision().reason().slug()));
            }
        }
        for (Milestone milestone : EventMilestones.of(user.facts(sunday), settings)) {
            UUID id = milestone.key().id(1);
            LocalDate day = CelebrationDay.of(milestone, sunday);
            Instant at = day.atTime(20, 0).atZone(user.plan().timeZone()).toInstant();
            rows.add(new Row(id, user.id(), milestone.key().text(), milestone.type().slug(), milestone.key().planId(),
                    details(milestone.payloadFields()), day, at, null));
        }
        return rows;
    }

    /** A milestone's own fields as progress-service records them: the type's, without the common ones. */
    static String details(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder(160).append('{');
        fields.forEach((name, value) -> {
            json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":");
            if (value == null || value instanceof Number) {
                json.append(value);
            } else {
                json.append('"').append(value).append('"');
            }
        });
        return json.append('}').toString();
    }
}
