package app.limber.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListPageTest {

    private static final List<Integer> SEVEN = List.of(1, 2, 3, 4, 5, 6, 7);

    @Test
    void aSliceIsThePageAskedForWithTheWholeTotal() {
        assertEquals(new ListPage<>(List.of(4, 5, 6), 1, 3, 7), ListPage.slice(SEVEN, new PageRequest(1, 3)));
        assertEquals(new ListPage<>(List.of(7), 2, 3, 7), ListPage.slice(SEVEN, new PageRequest(2, 3)));
    }

    @Test
    void aPagePastTheEndIsEmptyButKeepsTheTotal() {
        assertEquals(new ListPage<>(List.of(), 9, 3, 7), ListPage.slice(SEVEN, new PageRequest(9, 3)));
        assertEquals(new ListPage<>(List.of(), PageRequest.MAX_PAGE, 100, 7), ListPage.slice(SEVEN, new PageRequest(PageRequest.MAX_PAGE, 100)));
    }

    @Test
    void mappingKeepsThePaging() {
        assertEquals(new ListPage<>(List.of("1", "2"), 0, 2, 7), ListPage.slice(SEVEN, new PageRequest(0, 2)).map(String::valueOf));
    }

    @Test
    void aRequestOutsideTheLimitsIsABug() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 101));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 20));
    }
}
