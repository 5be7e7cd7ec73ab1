package app.limber.web.player;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * One screen of the routine player: a piece of work (a set, on one side for a per-side item) or a rest. A step
 * with {@code seconds} counts down; one without it (reps only) waits for "Done".
 *
 * @param entry the index of the session entry (exercise and side) this work is logged under; -1 for a rest
 */
@TemplateData
public record PlayerStep(int index, String kind, int entry, String slug, String name, String side, int round, int rounds,
                         int set, int sets, Integer seconds, Integer reps, Integer holdSeconds, String instruction,
                         List<String> steps, List<String> cues) {

    public boolean rest() {
        return "rest".equals(kind);
    }

    /** "Round 1 of 2 · set 2 of 3 · left side", omitting what is single. */
    public String position() {
        StringBuilder text = new StringBuilder();
        if (rounds > 1) {
            text.append("Round ").append(round).append(" of ").append(rounds);
        }
        if (sets > 1) {
            text.append(text.isEmpty() ? "Set " : " · set ").append(set).append(" of ").append(sets);
        }
        if (side != null) {
            text.append(text.isEmpty() ? "" : " · ").append(side.substring(0, 1).toUpperCase()).append(side.substring(1)).append(" side");
        }
        return text.toString();
    }
}
