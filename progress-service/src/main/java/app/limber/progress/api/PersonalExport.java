package app.limber.progress.api;

import app.limber.progress.persistence.PersonalRows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One user's export, whoever asks: the user at {@code /me/export}, or an admin on their behalf. */
@ApplicationScoped
class PersonalExport {

    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    private final AthleteStatistics statistics;
    private final PersonalRows rows;
    private final ObjectMapper mapper;
    private final Clock clock;

    PersonalExport(AthleteStatistics statistics, PersonalRows rows, ObjectMapper mapper, Clock clock) {
        this.statistics = statistics;
        this.rows = rows;
        this.mapper = mapper;
        this.clock = clock;
    }

    ExportResponse of(String userId) {
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> table : rows.of(userId).entrySet()) {
                records.put(table.getKey(), mapper.readValue(table.getValue(), ROWS));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL wrote JSON that does not parse", e);
        }
        return new ExportResponse(userId, clock.instant(), statistics.summary(userId), statistics.areas(userId), records);
    }
}
