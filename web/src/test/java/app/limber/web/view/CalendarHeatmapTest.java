package app.limber.web.view;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarHeatmapTest {

    // 2026-12-02 is a Wednesday; its week's Monday is 2026-11-30
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void mondaysAreOnTopAndEachWeekIsAColumn() {
        LocalDate from = WEDNESDAY;
        assertArrayEquals(new int[] {CalendarHeatmap.LEFT, CalendarHeatmap.TOP + 2 * CalendarHeatmap.STEP},
                CalendarHeatmap.position(from, WEDNESDAY), "Wednesday is the third row of the first column");
        assertArrayEquals(new int[] {CalendarHeatmap.LEFT + CalendarHeatmap.STEP, CalendarHeatmap.TOP},
                CalendarHeatmap.position(from, LocalDate.of(2026, 12, 7)), "the next Monday opens the second column");
        assertArrayEquals(new int[] {CalendarHeatmap.LEFT + CalendarHeatmap.STEP, CalendarHeatmap.TOP + 6 * CalendarHeatmap.STEP},
                CalendarHeatmap.position(from, LocalDate.of(2026, 12, 13)), "its Sunday is the bottom of the second column");
    }

    @Test
    void aYearFromAnyWeekdayTakes53Or54Columns() {
        LocalDate to = LocalDate.of(2026, 12, 3);
        LocalDate from = to.minusDays(365);
        assertEquals(53, CalendarHeatmap.weeks(from, to));
        assertEquals(1, CalendarHeatmap.weeks(WEDNESDAY, WEDNESDAY.plusDays(4)), "Wednesday to Sunday is one week");
        assertEquals(2, CalendarHeatmap.weeks(WEDNESDAY, WEDNESDAY.plusDays(5)), "the next Monday starts another");
    }

    @Test
    void everyDayIsOneSquareNamingItsCountAndDarkerForMore() {
        LocalDate from = WEDNESDAY.minusDays(13);
        String svg = CalendarHeatmap.render(from, WEDNESDAY, Map.of(WEDNESDAY, 2, WEDNESDAY.minusDays(1), 1, WEDNESDAY.minusDays(2), 7),
                "Sessions <per> day");
        assertEquals(14, count(svg, "<rect "), "one square per day from " + from + " to " + WEDNESDAY);
        assertTrue(svg.contains("aria-label=\"Sessions &lt;per&gt; day\""), "the label is escaped");
        assertTrue(svg.contains("data-date=\"2026-12-02\" data-sessions=\"2\"><title>2026-12-02: 2 sessions</title>"), svg);
        assertTrue(svg.contains("<title>2026-12-01: 1 session</title>"), svg);
        assertEquals(CalendarHeatmap.FILLS[3], fillOf(svg, "2026-11-30"), "7 sessions is the darkest level");
        assertEquals(CalendarHeatmap.FILLS[0], fillOf(svg, "2026-11-20"), "a day without sessions");
        assertEquals(3, CalendarHeatmap.level(12));
        assertEquals(0, CalendarHeatmap.level(0));
    }

    @Test
    void theViewBoxHoldsEveryColumnAndAMonthLabelAfterTheLast() {
        String svg = CalendarHeatmap.render(WEDNESDAY.minusDays(13), WEDNESDAY, Map.of(), "x");
        int width = CalendarHeatmap.LEFT + 3 * CalendarHeatmap.STEP + CalendarHeatmap.RIGHT;
        assertTrue(svg.contains("viewBox=\"0 0 " + width + " " + (CalendarHeatmap.TOP + 7 * CalendarHeatmap.STEP) + "\""), svg);
        assertTrue(svg.contains(">Dec</text>"), "the first of December is labelled");
    }

    private static String fillOf(String svg, String date) {
        Matcher matcher = Pattern.compile("fill=\"(#[0-9a-f]{6})\" data-date=\"" + date + "\"").matcher(svg);
        assertTrue(matcher.find(), date + " in " + svg);
        return matcher.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
