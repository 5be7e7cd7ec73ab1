package app.limber.bench.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.limber.progress.domain.milestone.DueMilestone;
import app.limber.progress.domain.milestone.DueMilestones;
import app.limber.progress.domain.milestone.HandledNudges;
import app.limber.progress.domain.milestone.MilestoneFacts;
import app.limber.progress.domain.milestone.MilestoneSettings;
import app.limber.progress.domain.milestone.NudgeDecision;
import app.limber.progress.domain.milestone.NudgePolicy;
import app.limber.progress.domain.milestone.NudgePreferences;

/**
 * One user's nudges as the sweep decides them, with progress-service's own rules ({@link DueMilestones},
 * {@link NudgePolicy}) and nothing from its database: the nudges recorded so far and the nudges sent per local day.
 * The bench writes a user's past nudges with it, and predicts what each measured sweep must record.
 */
final class NudgeLedger {

    /** A nudge the sweep records at {@code at}: sent, or suppressed for {@code decision}'s reason. */
    record Recorded(DueMilestone due, Instant at, NudgeDecision decision) {
    }

    private HandledNudges handled = HandledNudges.NONE;
    private final Map<LocalDate, Integer> sentPerDay = new HashMap<>();

    /** What a sweep of this user at {@code now} records, as {@code NudgeSweep} decides it. */
    List<Recorded> visit(MilestoneFacts facts, NudgePreferences preferences, MilestoneSettings settings, Instant now) {
        List<Recorded> recorded = new ArrayList<>();
        for (DueMilestone due : DueMilestones.at(facts, preferences.nudgeHour(), settings, now)) {
            if (handled.handles(due)) {
                continue;
            }
            handled = handled.with(due);
            NudgeDecision decision = NudgePolicy.decide(preferences, due.milestone().type(), due.localDateTime(now),
                    sentPerDay.getOrDefault(due.localDate(), 0));
            if (decision.sends()) {
                sentPerDay.merge(due.localDate(), 1, Integer::sum);
            }
            recorded.add(new Recorded(due, now, decision));
        }
        return recorded;
    }

    /** When the sweep looks at this user next, or never (until their facts change). */
    Optional<Instant> next(MilestoneFacts facts, NudgePreferences preferences, MilestoneSettings settings, Instant now) {
        return DueMilestones.next(facts, preferences.nudgeHour(), settings, now, handled);
    }
}
