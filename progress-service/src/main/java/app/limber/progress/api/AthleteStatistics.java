package app.limber.progress.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.platform.api.QueryParameters;
import app.limber.progress.domain.AdherenceWeeks;
import app.limber.progress.domain.DayTally;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.ProgressSummary;
import app.limber.progress.domain.TodayZone;
import app.limber.progress.persistence.ProgressReads;

/**
 * One user's statistics as the API answers them, whoever asks: the user at {@code /progress/me…}, or a coach they
 * granted {@code view-progress} at {@code /coach/athletes/{id}/…}, so both see exactly the same.
 */
@ApplicationScoped
class AthleteStatistics {

    static final int MAX_CALENDAR_DAYS = 366;
    static final int DEFAULT_CALENDAR_DAYS = 28;
    static final int MAX_WEEKS = 53;
    static final int DEFAULT_WEEKS = 12;

    private final ProgressReads reads;
    private final Clock clock;

    AthleteStatistics(ProgressReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    SummaryResponse summary(String userId) {
        return SummaryResponse.of(overview(userId).summary());
    }

    /**
     * A user's summary and how long ago they last trained.
     *
     * @param daysSinceLastSession whole days from the latest local day with a session to today; null before any
     */
    record Overview(ProgressSummary summary, Integer daysSinceLastSession) {
    }

    Overview overview(String userId) {
        ProgressReads.UserRollups rollups = reads.rollups(userId);
        LocalDate today = today(rollups.plans(), rollups.latestSessionZone());
        Integer daysSince = rollups.days().stream().filter(day -> day.sessions() > 0).map(DayTally::day)
                .max(Comparator.naturalOrder())
                .map(last -> (int) Math.max(0, ChronoUnit.DAYS.between(last, today))).orElse(null);
        return new Overview(ProgressSummary.of(userId, rollups.plans(), rollups.planWeeks(), rollups.days(), today),
                daysSince);
    }

    /**
     * Answers 400 for calendar parameters that are bad whoever's calendar it is (a malformed date, or two dates out of
     * order or too far apart), so that a caller can check them before deciding who may read what.
     */
    void checkCalendarParameters(String fromText, String toText) {
        QueryParameters parameters = new QueryParameters();
        LocalDate from = parameters.date("from", fromText, null);
        LocalDate to = parameters.date("to", toText, null);
        parameters.validate();
        parameters.days(from, to, MAX_CALENDAR_DAYS);
        parameters.validate();
    }

    /** Every day of [from, to], both given as query text (400 naming a bad one). */
    CalendarResponse calendar(String userId, String fromText, String toText) {
        QueryParameters parameters = new QueryParameters();
        LocalDate givenFrom = parameters.date("from", fromText, null);
        LocalDate givenTo = parameters.date("to", toText, null);
        parameters.validate();
        LocalDate to = givenTo != null ? givenTo : today(userId);
        LocalDate from = givenFrom != null ? givenFrom : to.minusDays(DEFAULT_CALENDAR_DAYS - 1);
        parameters.days(from, to, MAX_CALENDAR_DAYS);
        parameters.validate();
        Map<LocalDate, DayTally> stored = reads.days(userId, from, to).stream()
                .collect(Collectors.toMap(DayTally::day, Function.identity()));
        List<CalendarResponse.Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayTally tally = stored.get(day);
            days.add(tally == null ? new CalendarResponse.Day(day, 0, 0)
                    : new CalendarResponse.Day(day, tally.sessions(), tally.durationSeconds() / 60));
        }
        return new CalendarResponse(from, to, days);
    }

    /**
     * Answers 400 for week parameters that are bad whoever's weeks they are, as {@link #checkCalendarParameters} does
     * for the calendar.
     */
    void checkWeekParameters(String fromText, String toText) {
        QueryParameters parameters = new QueryParameters();
        LocalDate from = parameters.date("from", fromText, null);
        LocalDate to = parameters.date("to", toText, null);
        parameters.validate();
        parameters.weeks(from, to, MAX_WEEKS);
        parameters.validate();
    }

    /**
     * The plan-weeks of the ISO weeks containing [from, to], never after the running week (400 naming a bad
     * parameter). Defaults: to = the user's today, from = the Monday {@code DEFAULT_WEEKS - 1} weeks before to's week.
     */
    WeeksResponse weeks(String userId, String fromText, String toText) {
        QueryParameters parameters = new QueryParameters();
        LocalDate givenFrom = parameters.date("from", fromText, null);
        LocalDate givenTo = parameters.date("to", toText, null);
        parameters.validate();
        LocalDate today = today(userId);
        LocalDate to = givenTo != null ? givenTo : today;
        LocalDate from = givenFrom != null ? givenFrom : IsoWeek.of(to).plusWeeks(1 - DEFAULT_WEEKS).monday();
        parameters.weeks(from, to, MAX_WEEKS);
        parameters.validate();
        IsoWeek first = IsoWeek.of(from);
        IsoWeek last = IsoWeek.of(to);
        ProgressReads.PlanWeekRollups rollups = reads.planWeeks(userId, first, last);
        List<WeeksResponse.Week> weeks = AdherenceWeeks.of(rollups.plans(), rollups.planWeeks(), first, last,
                        IsoWeek.of(today)).stream()
                .map(entry -> {
                    PlanWeekTally week = entry.planWeek();
                    return new WeeksResponse.Week(week.week().toString(), week.week().monday(), week.planId(),
                            entry.routineId(), week.done(), week.target(), entry.met(), entry.settled(),
                            week.adherence());
                })
                .toList();
        return new WeeksResponse(first.toString(), last.toString(), weeks);
    }

    AreasResponse areas(String userId) {
        return new AreasResponse(reads.areas(userId).stream()
                .map(area -> new AreasResponse.Area(area.area(), area.sessions(), area.sets(), area.reps(),
                        area.holdSeconds()))
                .toList());
    }

    /** The user's date now, by the one rule of {@link TodayZone}, for every operation that needs "today". */
    LocalDate today(String userId) {
        ProgressReads.ZoneFacts facts = reads.zoneFacts(userId);
        return today(facts.plans(), facts.latestSessionZone());
    }

    private LocalDate today(List<PlanFact> plans, ZoneId latestSessionZone) {
        return TodayZone.today(plans, latestSessionZone, clock.instant());
    }
}
