package app.limber.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareColoursTest {

    @Test
    void theTextOnEveryShareMeetsWcagAa() {
        for (int percent = 0; percent <= 100; percent++) {
            double share = percent / 100.0;
            assertTrue(ShareColours.contrastOfText(share) >= 4.5, percent + "%: " + ShareColours.contrastOfText(share));
        }
    }

    @Test
    void noneIsPaleAllIsDeepAndTheTextFlipsOnTheWay() {
        assertEquals("#f1f5f9", ShareColours.background(0));
        assertEquals("#083d77", ShareColours.background(1));
        assertEquals("#083d77", ShareColours.background(1.7), "a share above 1 is clamped");
        assertEquals("#000000", ShareColours.text(0));
        assertEquals("#ffffff", ShareColours.text(1));
    }
}
