package app.limber.web.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * Sessions per day as a grid, one column per ISO week (Monday on top) and one square per day, darker for more
 * sessions, as GitHub draws contributions. Each square names its day and count, for pointers and screen readers.
 */
public final class CalendarHeatmap {

    static final int CELL = 12;
    static final int STEP = 14;
    static final int LEFT = 30;
    static final int TOP = 16;
    /** Room after the last column for a month label that starts there. */
    static final int RIGHT = 16;
    /** Fill per level: none, 1, 2, 3 or more sessions; each square also names its count in its title. */
    static final String[] FILLS = {"#e3e8ec", "#7fc58f", "#3a9a55", "#1e6b34"};

    private CalendarHeatmap() {
    }

    public static int level(int sessions) {
        return Math.max(0, Math.min(3, sessions));
    }

    /** The number of week columns from the Monday of {@code from}'s week to {@code to}'s week. */
    public static int weeks(LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(DayOfWeek.MONDAY);
        return (int) (ChronoUnit.DAYS.between(firstMonday, to.with(DayOfWeek.MONDAY)) / 7) + 1;
    }

    /** The square's top-left corner for a day: column = weeks since the first Monday, row = day of the week. */
    public static int[] position(LocalDate from, LocalDate day) {
        int column = (int) (ChronoUnit.DAYS.between(from.with(DayOfWeek.MONDAY), day) / 7);
        int row = day.getDayOfWeek().getValue() - 1;
        return new int[] {LEFT + column * STEP, TOP + row * STEP};
    }

    /**
     * @param sessions sessions per day; days missing from it had none
     * @param label    what the whole picture shows, for assistive technology
     */
    public static String render(LocalDate from, LocalDate to, Map<LocalDate, Integer> sessions, String label) {
        int width = LEFT + weeks(from, to) * STEP + RIGHT;
        int height = TOP + 7 * STEP;
        StringBuilder svg = new StringBuilder(32 * 1024);
        // a year's squares would be too small to tell apart on a phone: that one scrolls sideways instead
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart heatmap").append(weeks(from, to) > 26 ? " long" : "")
                .append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" style=\"max-width:").append(width * 2).append("px\" role=\"img\" aria-label=\"").append(Svg.escape(label)).append("\">");
        svg.append("<g font-size=\"9\" fill=\"#4a5560\">");
        String[] rows = {"Mon", "", "Wed", "", "Fri", "", ""};
        for (int row = 0; row < 7; row++) {
            if (!rows[row].isEmpty()) {
                svg.append("<text x=\"0\" y=\"").append(TOP + row * STEP + 10).append("\">").append(rows[row]).append("</text>");
            }
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfMonth() == 1 || day.equals(from) && day.getDayOfMonth() < 20) {
                int[] at = position(from, day);
                svg.append("<text x=\"").append(at[0]).append("\" y=\"10\">")
                        .append(day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("</text>");
            }
        }
        svg.append("</g>");
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int count = sessions.getOrDefault(day, 0);
            int[] at = position(from, day);
            svg.append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(CELL)
                    .append("\" height=\"").append(CELL).append("\" rx=\"2\" fill=\"").append(FILLS[level(count)])
                    .append("\" data-date=\"").append(day).append("\" data-sessions=\"").append(count).append("\"><title>")
                    .append(day).append(": ").append(count).append(count == 1 ? " session" : " sessions").append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }
}
