package app.limber.web.player;

import io.quarkus.qute.TemplateData;

/**
 * What the session log records for one exercise on one side: the sets done over all rounds and the reps and time
 * (a hold or a timed move) of each set, as routine-service's {@code exercises[]} takes them.
 */
@TemplateData
public record SessionEntry(int index, String slug, String name, String side, int setsDone, int repsDone, int holdSeconds) {

    /** The hidden form value the log form posts: slug, side, sets, reps, hold. */
    public String formValue() {
        return slug + ":" + side + ":" + setsDone + ":" + repsDone + ":" + holdSeconds;
    }

    public String label() {
        return name + ("both".equals(side) ? "" : " (" + side + ")");
    }

    /** Parses {@link #formValue()}; null when it is not one. */
    public static SessionEntry parse(int index, String value) {
        String[] parts = value == null ? new String[0] : value.split(":");
        if (parts.length != 5 || !parts[0].matches("[a-z0-9]+(-[a-z0-9]+)*") || !parts[1].matches("both|left|right|none")) {
            return null;
        }
        try {
            return new SessionEntry(index, parts[0], parts[0], parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                    Integer.parseInt(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
