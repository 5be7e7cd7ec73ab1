package app.limber.progress.domain.coach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.limber.progress.domain.SessionFact;

/**
 * {@code discomfort}, per session the athlete reported discomfort for, on one of their last
 * {@link AlertThresholds#discomfortRecentDays()} local days (today included):
 * <ul>
 *   <li>critical when it is at least {@link AlertThresholds#discomfortCritical()};</li>
 *   <li>else high when it is at least {@link AlertThresholds#discomfortRise()} above the mean of the
 *       {@link AlertThresholds#discomfortBaseline()} sessions before it (by completion) that reported discomfort;
 *       with fewer of those there is no baseline, and no high alert.</li>
 * </ul>
 * The occurrence is the session: each painful session is its own alert, a deleted session clears its alert, and an
 * alert clears once its session is older than the recent days.
 */
public final class DiscomfortRule {

    private DiscomfortRule() {
    }

    /** @param sessions the athlete's live sessions in completion order; {@code today} the athlete's date now */
    public static List<AthleteAlert> of(List<SessionFact> sessions, LocalDate today, AlertThresholds thresholds) {
        List<SessionFact> reported = sessions.stream().filter(session -> session.discomfort() != null).toList();
        LocalDate firstRecentDay = today.minusDays(thresholds.discomfortRecentDays() - 1L);
        List<AthleteAlert> alerts = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            SessionFact session = reported.get(i);
            if (session.localDate().isBefore(firstRecentDay)) {
                continue;
            }
            if (session.discomfort() >= thresholds.discomfortCritical()) {
                alerts.add(alert(session, AlertLevel.CRITICAL, null));
            } else if (i >= thresholds.discomfortBaseline()) {
                double mean = reported.subList(i - thresholds.discomfortBaseline(), i).stream()
                        .mapToInt(SessionFact::discomfort).sum() / (double) thresholds.discomfortBaseline();
                if (session.discomfort() >= mean + thresholds.discomfortRise()) {
                    alerts.add(alert(session, AlertLevel.HIGH, mean));
                }
            }
        }
        return alerts;
    }

    private static AthleteAlert alert(SessionFact session, AlertLevel level, Double baselineMean) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("sessionId", session.sessionId().toString());
        detail.put("discomfort", session.discomfort());
        detail.put("localDate", session.localDate().toString());
        if (baselineMean != null) {
            detail.put("previousMean", baselineMean);
        }
        return new AthleteAlert(AlertKind.DISCOMFORT, level, "session/" + session.sessionId(), detail);
    }
}
