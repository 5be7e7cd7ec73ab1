package app.limber.bench.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.milestone.NudgePreferences;

/**
 * The athletes of the sweep bench, as they stand on the evening of {@code sunday}: one active plan each, in one of 24
 * zones one hour apart (UTC+12 down to UTC−11, user {@code u} in zone {@code u % 24}), so that the default nudge hour
 * (18:00) arrives for a 24th of them every hour. Deterministic: user {@code u} is the same in every run.
 *
 * <ul>
 *   <li>Plans: 2 (25 %), 3 (40 %), 4 (20 %) or 5 (15 %) sessions a week, started 0 to {@code planWeeks} weeks before
 *       {@code sunday}; 60 % open-ended, the others ending 1 to 56 days after it. Home-exercise programmes run for
 *       weeks, not years.</li>
 *   <li>Adherence: 35 % steady (about 95 % of the target each week), 30 % uneven (about 70 %), 20 % fading (from
 *       100 % at the start to 30 % now), 15 % stopped (like uneven until a day 3 to 40 days ago, nothing since).
 *       A week's sessions fall on random days of it; one day in twenty has two.</li>
 *   <li>Nudge settings: 80 % never set them (the defaults); 8 % moved the nudge hour (7, 8, 12, 17, 19, 20 or 21),
 *       5 % switched week-at-risk off, 3 % every nudge off, 4 % allow one nudge a day.</li>
 * </ul>
 */
final class SweepPopulation {

    static final int ZONES = 24;
    private static final int[] OTHER_NUDGE_HOURS = {7, 8, 12, 17, 19, 20, 21};

    private final String prefix;
    private final LocalDate sunday;
    private final int planWeeks;
    private final long seed;

    /**
     * @param prefix    user ids are {@code <prefix>-<u>}
     * @param sunday    the day the measured sweeps start on; sessions are known up to and including it
     * @param planWeeks how many weeks before {@code sunday} a plan started at most
     */
    SweepPopulation(String prefix, LocalDate sunday, int planWeeks, long seed) {
        if (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException(sunday + " is no Sunday");
        }
        this.prefix = prefix;
        this.sunday = sunday;
        this.planWeeks = planWeeks;
        this.seed = seed;
    }

    LocalDate sunday() {
        return sunday;
    }

    /** Zone {@code index} (0..23) is UTC+12 minus {@code index} hours: Etc/GMT-12 … Etc/GMT+11. */
    static ZoneId zone(int index) {
        int offset = 12 - index;
        return ZoneId.of(offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-" + offset : "Etc/GMT+" + -offset);
    }

    SweepUser user(int u) {
        Random random = new Random(seed * 1_000_003L + u);
        ZoneId zone = zone(u % ZONES);
        int roll = random.nextInt(100);
        int target = roll < 25 ? 2 : roll < 65 ? 3 : roll < 85 ? 4 : 5;
        LocalDate starts = sunday.minusDays(random.nextInt(planWeeks * 7));
        LocalDate ends = random.nextInt(100) < 60 ? null : sunday.plusDays(1 + random.nextInt(56));
        PlanFact plan = new PlanFact(uuid(random), uuid(random), target, zone, starts, ends);

        int profile = random.nextInt(100);
        LocalDate stoppedAfter = profile >= 85 ? sunday.minusDays(3 + random.nextInt(38)) : null;
        TreeMap<LocalDate, Integer> sessions = new TreeMap<>();
        long span = Math.max(1, sunday.toEpochDay() - starts.toEpochDay());
        for (IsoWeek week = IsoWeek.of(starts); !week.isAfter(IsoWeek.of(sunday)); week = week.next()) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
                if (!day.isBefore(starts) && !day.isAfter(sunday) && (stoppedAfter == null || !day.isAfter(stoppedAfter))) {
                    days.add(day);
                }
            }
            double elapsed = (week.monday().toEpochDay() - starts.toEpochDay()) / (double) span;
            double share = profile < 35 ? 0.95 : profile < 65 || profile >= 85 ? 0.7 : 1.0 - 0.7 * Math.max(0, elapsed);
            // the prorated share of the target for the days left to train on, rounded at random
            double expected = target * share * days.size() / 7.0;
            int count = Math.min(days.size(), (int) expected + (random.nextDouble() < expected % 1 ? 1 : 0));
            Collections.shuffle(days, random);
            for (LocalDate day : days.subList(0, count)) {
                sessions.put(day, random.nextInt(20) == 0 ? 2 : 1);
            }
        }
        return new SweepUser(prefix + "-" + u, plan, preferences(random), sessions);
    }

    private static NudgePreferences preferences(Random random) {
        NudgePreferences d = NudgePreferences.DEFAULTS;
        int roll = random.nextInt(100);
        if (roll < 80) {
            return null;
        }
        if (roll < 88) {
            return new NudgePreferences(true, true, true, true, OTHER_NUDGE_HOURS[random.nextInt(OTHER_NUDGE_HOURS.length)],
                    d.quietStart(), d.quietEnd(), d.maxNudgesPerDay());
        }
        if (roll < 93) {
            return new NudgePreferences(false, true, true, true, d.nudgeHour(), d.quietStart(), d.quietEnd(),
                    d.maxNudgesPerDay());
        }
        if (roll < 96) {
            return new NudgePreferences(false, false, false, true, d.nudgeHour(), d.quietStart(), d.quietEnd(),
                    d.maxNudgesPerDay());
        }
        return new NudgePreferences(true, true, true, true, d.nudgeHour(), LocalTime.of(22, 0), LocalTime.of(7, 0), 1);
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE);
    }
}
