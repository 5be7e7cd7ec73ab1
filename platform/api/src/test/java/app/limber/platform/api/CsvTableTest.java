package app.limber.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** RFC 4180 as spreadsheets read it. */
class CsvTableTest {

    @Test
    void aHeaderRowThenOneRowPerLineEachEndingInCrlf() {
        assertEquals("week,plans,share\r\n2026-W48,3,0.5\r\n2026-W49,0,\r\n",
                CsvTable.of("week", "plans", "share").row("2026-W48", 3, 0.5).row("2026-W49", 0, null).render());
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled() {
        assertEquals("name\r\n\"a, b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n",
                CsvTable.of("name").row("a, b").row("say \"hi\"").row("two\nlines").render());
    }

    @Test
    void numbersAreWrittenAsJsonWritesThem() {
        assertEquals("x\r\n1.0\r\n0.3333333333333333\r\n", CsvTable.of("x").row(1.0).row(1.0 / 3).render());
    }

    @Test
    void aRowHasOneCellPerColumn() {
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of("a", "b").row(1));
    }
}
