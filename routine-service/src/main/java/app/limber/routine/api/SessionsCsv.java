package app.limber.routine.api;

import app.limber.routine.domain.SessionExercise;
import app.limber.routine.persistence.TrainingSession;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user's sessions as RFC 4180 CSV: a header line, then one line per exercise entry of each session (the session's
 * columns repeated), CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
final class SessionsCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("sessionId", "routineId", "planId", "purpose", "startedAt",
            "completedAt", "timeZone", "localDate", "durationSeconds", "effort", "discomfort", "position",
            "exerciseSlug", "side", "setsDone", "repsDone", "holdSeconds", "completed");

    /** The instants of the JSON answers: UTC, exactly three fraction digits. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private SessionsCsv() {
    }

    static String of(List<TrainingSession> sessions) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER.stream());
        for (TrainingSession s : sessions) {
            for (int i = 0; i < s.exercises.size(); i++) {
                SessionExercise e = s.exercises.get(i);
                line(csv, Stream.of(s.id, s.routineId, s.planId, s.purpose.term(), INSTANT.format(s.startedAt),
                        INSTANT.format(s.completedAt),
                        s.timeZone, s.localDate, s.durationSeconds, s.effort, s.discomfort, i + 1,
                        e.exerciseSlug(), e.side(), e.setsDone(), e.repsDone(), e.holdSeconds(), e.completed()));
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Stream<?> fields) {
        csv.append(fields.map(f -> field(f == null ? "" : Objects.toString(f))).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
