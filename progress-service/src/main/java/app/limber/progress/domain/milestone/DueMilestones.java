package app.limber.progress.domain.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The nudges of a user at an instant, and when to look again: {@link WeekAtRiskRule}, {@link WeekMissedRule} and
 * {@link InactiveRule}, as functions of the facts and an instant (the caller's clock; nothing here reads one).
 *
 * <p>Every nudge is due from the nudge hour of its day, in its zone, until that day ends ({@link DueMilestone}). A
 * scheduler sends each nudge once ({@link HandledNudges}); {@link #next} tells it when this user next has something
 * it has not handled, so that it can index users by that instant instead of visiting every user every hour.
 */
public final class DueMilestones {

    /**
     * With the facts unchanged, the next week of a plan is unmet: its last day is at risk (13 days after a Monday at
     * the latest) and the Monday after it brings week-missed (14). Inactive falls due N days after its anchor, which
     * is never after the latest of today, the last plan start and the end of the last pause. Beyond that window
     * nothing new can fall due.
     */
    private static final int TWO_WEEKS_AND_A_DAY = 15;

    private DueMilestones() {
    }

    /** The nudges due at {@code now} (before the scheduler removes those it already handled), ordered by key text. */
    public static List<DueMilestone> at(MilestoneFacts facts, int nudgeHour, MilestoneSettings settings, Instant now) {
        NudgePreferences.requireNudgeHour(nudgeHour);
        List<DueMilestone> due = new ArrayList<>(WeekAtRiskRule.due(facts, nudgeHour, settings, now));
        due.addAll(WeekMissedRule.due(facts, nudgeHour, now));
        InactiveRule.due(facts, nudgeHour, settings, now).ifPresent(due::add);
        due.sort(Comparator.comparing(milestone -> milestone.key().text()));
        return List.copyOf(due);
    }

    /**
     * The earliest instant at or after {@code now} at which a nudge not in {@code handled} is due, should the facts
     * stay as they are; empty when none ever will (no plan active now or later). {@code now} itself when one is due
     * already. New facts can change the answer, so compute it again whenever they arrive.
     *
     * @param handled the nudges already sent or suppressed
     */
    public static Optional<Instant> next(MilestoneFacts facts, int nudgeHour, MilestoneSettings settings, Instant now,
                                         HandledNudges handled) {
        if (hasUnhandled(facts, nudgeHour, settings, now, handled)) {
            return Optional.of(now);
        }
        for (Instant candidate : nudgeHoursAfter(facts, nudgeHour, settings, now)) {
            if (hasUnhandled(facts, nudgeHour, settings, candidate, handled)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean hasUnhandled(MilestoneFacts facts, int nudgeHour, MilestoneSettings settings, Instant at,
                                        HandledNudges handled) {
        return at(facts, nudgeHour, settings, at).stream().anyMatch(due -> !handled.handles(due));
    }

    /** Every nudge hour after {@code now}, in every plan's zone, up to the last day something could fall due. */
    private static Set<Instant> nudgeHoursAfter(MilestoneFacts facts, int nudgeHour, MilestoneSettings settings,
                                                Instant now) {
        Set<Instant> instants = new TreeSet<>();
        Set<ZoneId> zones = new TreeSet<>(Comparator.comparing(ZoneId::getId));
        facts.plans().forEach(plan -> zones.add(plan.timeZone()));
        // a plan starting, or coming back from a pause, starts what can fall due afresh
        Optional<LocalDate> lastStart = facts.plans().stream()
                .flatMap(plan -> Stream.concat(Stream.of(plan.startsOn()),
                        plan.pauses().stream().map(pause -> pause.endsOn().plusDays(1))))
                .max(Comparator.naturalOrder());
        for (ZoneId zone : zones) {
            LocalDate today = NudgeTime.today(now, zone);
            LocalDate from = lastStart.filter(start -> start.isAfter(today)).orElse(today);
            LocalDate until = from.plusDays(settings.inactiveAfterDays() + TWO_WEEKS_AND_A_DAY);
            for (LocalDate day = today; !day.isAfter(until); day = day.plusDays(1)) {
                Instant instant = NudgeTime.at(day, nudgeHour, zone);
                if (instant.isAfter(now)) {
                    instants.add(instant);
                }
            }
        }
        return instants;
    }
}
