package app.limber.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A prescription in words: "2–3 sets · 10–12 reps · hold 30 s · each side". */
public final class Dose {

    private Dose() {
    }

    @SuppressWarnings("unchecked")
    public static String describe(Map<String, Object> prescription, boolean perSide) {
        if (prescription == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String sets = range((Map<String, Object>) prescription.get("sets"));
        if (sets != null) {
            parts.add(sets + (sets.equals("1") ? " set" : " sets"));
        }
        String reps = range((Map<String, Object>) prescription.get("reps"));
        if (reps != null) {
            parts.add(reps + " reps");
        }
        String hold = range((Map<String, Object>) prescription.get("holdSeconds"));
        if (hold != null) {
            parts.add("hold " + hold + " s");
        }
        String duration = range((Map<String, Object>) prescription.get("durationSeconds"));
        if (duration != null) {
            parts.add(duration + " s");
        }
        if (perSide) {
            parts.add("each side");
        }
        return String.join(" · ", parts);
    }

    static String range(Map<String, Object> range) {
        if (range == null || range.get("min") == null) {
            return null;
        }
        Object min = range.get("min");
        Object max = range.get("max");
        return max == null || min.equals(max) ? String.valueOf(min) : min + "–" + max;
    }

    /** An estimated duration in minutes: "6–10 min", "about 7 min". */
    public static String minutes(Map<String, Object> estimate) {
        if (estimate == null || estimate.get("minSeconds") == null) {
            return "";
        }
        long min = Math.round(((Number) estimate.get("minSeconds")).doubleValue() / 60);
        long max = Math.round(((Number) estimate.getOrDefault("maxSeconds", estimate.get("minSeconds"))).doubleValue() / 60);
        String text = min == max ? "about " + Math.max(1, min) + " min" : Math.max(1, min) + "–" + max + " min";
        return Boolean.FALSE.equals(estimate.get("complete")) ? text + " (some exercises unknown)" : text;
    }
}
