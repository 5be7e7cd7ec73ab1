package app.limber.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void groupsRowsIntoPanelsAndLinesInFirstSeenOrderWithPointsSortedByTime() {
        List<Series.Panel> panels = Series.parse(List.of(
                "t_s,panel,series,value",
                "1,latency (ms),p99,12.5",
                "1,throughput (req/s),listing,4000",
                "0.5,latency (ms),p99,10",
                "1,latency (ms),p50,2",
                "",
                "2,throughput (req/s),listing,4100"));

        assertEquals(List.of("latency (ms)", "throughput (req/s)"), panels.stream().map(Series.Panel::title).toList());
        Series.Panel latency = panels.get(0);
        assertEquals(List.of("p99", "p50"), latency.lines().stream().map(Series.Line::name).toList());
        assertArrayEquals(new double[] {0.5, 1}, latency.lines().get(0).t());
        assertArrayEquals(new double[] {10, 12.5}, latency.lines().get(0).values());
    }

    @Test
    void acceptsWindowsLineEndsAndAByteOrderMark() {
        List<Series.Panel> panels = Series.parse(List.of("\uFEFFt_s,panel,series,value\r", "0,a (x),b,1\r"));

        assertEquals("a (x)", panels.get(0).title());
    }

    @Test
    void namesFileLineAndProblemInOneLine() {
        assertMessage("series.csv:1: expected the header 't_s,panel,series,value', found 't,panel,series,value'",
                () -> Series.parse(List.of("t,panel,series,value", "0,a,b,1")));
        assertMessage("series.csv:3: value 'fast' is not a finite number",
                () -> Series.parse(List.of("t_s,panel,series,value", "0,a,b,1", "1,a,b,fast")));
        assertMessage("series.csv:2: expected 4 fields (t_s,panel,series,value), found 5 in '0,a,b,c,1'",
                () -> Series.parse(List.of("t_s,panel,series,value", "0,a,b,c,1")));
        assertMessage("series.csv:2: series is empty", () -> Series.parse(List.of("t_s,panel,series,value", "0,a,,1")));
        assertMessage("series.csv:2: t_s 'NaN' is not a finite number",
                () -> Series.parse(List.of("t_s,panel,series,value", "NaN,a,b,1")));
        assertMessage("series.csv: no data rows after the header", () -> Series.parse(List.of("t_s,panel,series,value")));
        assertMessage("series.csv:1: expected the header 't_s,panel,series,value', found an empty file",
                () -> Series.parse(List.of()));
    }

    @Test
    void eventLabelsMayContainCommasAndComeBackInTimeOrder() {
        List<Marker> markers = Marker.parse(List.of("t_s,label", "30,Kafka restarted, 2 s down", "12.5,kill -9 progress"));

        assertEquals(List.of(new Marker(12.5, "kill -9 progress"), new Marker(30, "Kafka restarted, 2 s down")), markers);
        assertMessage("events.csv:2: t_s 'soon' is not a finite number", () -> Marker.parse(List.of("t_s,label", "soon,x")));
        assertMessage("events.csv:2: expected 2 fields (t_s,label), found 1 in '12'", () -> Marker.parse(List.of("t_s,label", "12")));
    }

    private static void assertMessage(String expected, Runnable parse) {
        assertEquals(expected, assertThrows(ReportException.class, parse::run).getMessage());
    }
}
