package app.limber.web.csv;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void recordsEndInCrlfAndPlainFieldsStayBare() {
        assertEquals("week,share\r\n2026-W49,0.5\r\n", Csv.write(List.of(List.of("week", "share"), List.of("2026-W49", "0.5"))));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"lf\nonly\"\r\n",
                Csv.write(List.of(List.of("a,b", "say \"hi\"", "two\r\nlines", "lf\nonly"))));
    }

    @Test
    void anAbsentValueIsAnEmptyField() {
        assertEquals("2026-W48,,\r\n", Csv.write(List.of(Arrays.asList("2026-W48", null, ""))));
    }

    @Test
    void nothingIsNothing() {
        assertEquals("", Csv.write(List.of()));
    }
}
