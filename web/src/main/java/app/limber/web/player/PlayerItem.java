package app.limber.web.player;

import java.util.List;

/**
 * One routine item as the player needs it: the exercise, its prescription in effect (the lower end of each range),
 * whether it is done per side, the rest after each set, and the instructions to show.
 */
public record PlayerItem(String slug, String name, int sets, Integer reps, Integer holdSeconds, Integer durationSeconds,
                         boolean perSide, int restSeconds, List<String> steps, List<String> cues) {
}
