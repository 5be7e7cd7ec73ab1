package app.limber.web.view;

import java.util.Locale;

/**
 * The cohort heatmap's cell colours: a share 0..1 from pale to deep blue, and the text colour that keeps at least
 * 4.5:1 contrast on it (WCAG AA).
 */
public final class ShareColours {

    private static final int[] PALE = {0xf1, 0xf5, 0xf9};
    private static final int[] DEEP = {0x08, 0x3d, 0x77};

    private ShareColours() {
    }

    public static int[] rgb(double share) {
        double t = Math.max(0, Math.min(1, share));
        int[] rgb = new int[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (int) Math.round(PALE[i] + (DEEP[i] - PALE[i]) * t);
        }
        return rgb;
    }

    public static String background(double share) {
        int[] rgb = rgb(share);
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /** Black or white, whichever contrasts more with the background. */
    public static String text(double share) {
        double background = luminance(rgb(share));
        return contrast(background, 0) >= contrast(background, 1) ? "#000000" : "#ffffff";
    }

    public static double contrastOfText(double share) {
        double background = luminance(rgb(share));
        return Math.max(contrast(background, 0), contrast(background, 1));
    }

    static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
