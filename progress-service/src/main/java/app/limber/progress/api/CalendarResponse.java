package app.limber.progress.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sessions per local day from 'from' to 'to' (inclusive), every day listed, 0 where none.")
public record CalendarResponse(LocalDate from, LocalDate to, List<Day> days) {

    @Schema(description = "One local day: a session's day is its local date in the zone it was done in.")
    public record Day(LocalDate date, int sessions,
                      @Schema(description = "Summed durations of the day's sessions, whole minutes rounded down") long minutes) {
    }
}
