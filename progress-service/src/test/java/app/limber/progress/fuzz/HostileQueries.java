package app.limber.progress.fuzz;

import app.limber.testing.security.BoundaryValues;
import app.limber.testing.security.OperationRequests;
import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Query strings drawn with jqwik's generators from a fixed seed, so every run sends the same requests. (jqwik's own
 * engine cannot run inside the Quarkus test extension, so the cases are generated here and sent from ordinary
 * {@code @QuarkusTest} methods.)
 */
final class HostileQueries {

    static final long SEED = 20_261_121L;

    private HostileQueries() {
    }

    /** {@code count} query strings ({@code ?a=…&b=…}) over {@code names}, each parameter present or absent. */
    static List<String> over(List<String> names, int count) {
        Arbitrary<List<String>> values = value().injectNull(0.25).list().ofSize(names.size());
        return draw(values, count).stream().map(drawn -> query(names, drawn)).toList();
    }

    /**
     * Mostly dates: any day Java can represent (far beyond PostgreSQL's range), days around today (valid, reversed
     * and over-long spans), plus the boundary catalogue, random text, numbers and UUIDs.
     */
    static Arbitrary<String> value() {
        long today = LocalDate.now().toEpochDay();
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(day -> LocalDate.ofEpochDay(day).toString())),
                Tuple.of(4, Arbitraries.longs().between(today - 3_000, today + 3_000)
                        .map(day -> LocalDate.ofEpochDay(day).toString())),
                Tuple.of(3, Arbitraries.of(BoundaryValues.all()).filter(JsonNode::isTextual).map(JsonNode::textValue)
                        .filter(s -> s.length() < 300)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new).map(UUID::toString)));
    }

    private static String query(List<String> names, List<String> values) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (values.get(i) != null) {
                pairs.add(names.get(i) + "=" + OperationRequests.encode(values.get(i)));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /**
     * {@code count} values from a generator seeded with {@link #SEED}. Outside a property, jqwik samples with the
     * thread's source of randomness, which {@link SourceOfRandomness#create} seeds.
     */
    static <T> List<T> draw(Arbitrary<T> arbitrary, int count) {
        SourceOfRandomness.create(Long.toString(SEED));
        return arbitrary.sampleStream().limit(count).toList();
    }
}
