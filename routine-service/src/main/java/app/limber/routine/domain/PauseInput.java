package app.limber.routine.domain;

import java.time.LocalDate;

/** A pause as asked for: from {@code startsOn} to {@code endsOn}, both inclusive, in the plan's time zone. */
public record PauseInput(LocalDate startsOn, LocalDate endsOn) {
}
