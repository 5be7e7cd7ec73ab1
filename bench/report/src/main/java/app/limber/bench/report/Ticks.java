package app.limber.bench.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axis bounds and tick marks at "nice" steps (1, 2 or 5 times a power of ten), chosen so that about
 * {@code target} intervals cover the data: the axis then starts and ends on a tick and every label is short.
 */
record Ticks(double low, double high, double step) {

    static Ticks of(double min, double max, int target) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max || target < 1) {
            throw new IllegalArgumentException("no ticks for [" + min + ", " + max + "] in " + target + " steps");
        }
        if (min == max) {
            // a flat line still needs an axis: from 0 to half again its value
            double value = min;
            min = Math.min(0, value * 1.5);
            max = value == 0 ? 1 : Math.max(0, value * 1.5);
        }
        double step = niceStep((max - min) / target);
        double low = Math.floor(min / step + 1e-9) * step;
        double high = Math.ceil(max / step - 1e-9) * step;
        return new Ticks(clean(low, step), clean(high, step), step);
    }

    /** The nice number nearest (on a log scale) to {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        // thresholds are the geometric means of neighbouring nice numbers: sqrt(2), sqrt(10), sqrt(50)
        double nice = fraction < 1.414 ? 1 : fraction < 3.162 ? 2 : fraction < 7.071 ? 5 : 10;
        return nice * magnitude;
    }

    List<Double> values() {
        List<Double> values = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            values.add(clean(low + i * step, step));
        }
        return values;
    }

    /**
     * A tick label: thousands as "k" once the axis reaches 10,000, millions as "M" once it reaches 1,000,000, with
     * decimals only as the step needs.
     */
    String format(double value) {
        if (value == 0) {
            return "0";
        }
        double top = Math.max(Math.abs(low), Math.abs(high));
        // one unit per axis: 0.2M ... 1.0M rather than 800k next to 1,000k
        if (top >= 1_000_000 && step >= 100_000) {
            return plain(value / 1_000_000, step / 1_000_000) + "M";
        }
        if (top >= 10_000 && step >= 1_000) {
            return plain(value / 1_000, step / 1_000) + "k";
        }
        return plain(value, step);
    }

    private static String plain(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    // low + i * step drifts (0.1 * 3 = 0.30000000000000004); round to the step's own precision
    private static double clean(double value, double step) {
        int scale = Math.max(0, (int) Math.ceil(-Math.log10(step)) + 1);
        return new BigDecimal(value).setScale(scale, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
