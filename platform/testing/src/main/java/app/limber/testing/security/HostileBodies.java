package app.limber.testing.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fuzz cases drawn with jqwik's generators from a fixed seed, so every run sends the same requests and a failure
 * can be replayed. (jqwik's own engine cannot run inside the Quarkus test extension, so the cases are generated
 * here and sent from ordinary {@code @QuarkusTest} methods.)
 */
public final class HostileBodies {

    public static final long SEED = 20_261_121L;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HostileBodies() {
    }

    /** Every non-JSON body, then {@code generated} valid bodies spoilt at one place or replaced by random JSON. */
    public static List<FuzzCase> bodies(String method, String path, JsonNode template, int generated) {
        List<FuzzCase> cases = new ArrayList<>();
        NonJsonBodies.all().forEach(body -> cases.add(FuzzCase.raw(method, path, body)));
        Arbitrary<FuzzCase> spoilt = Combinators.combine(Arbitraries.of(JsonMutations.Kind.class),
                        Arbitraries.of(JsonMutations.pointers(template)), Arbitraries.strings().alpha().ofLength(7), values())
                .as((kind, pointer, field, value) -> FuzzCase.json(kind + " " + pointer + " " + BoundaryValues.render(value),
                        method, path, JsonMutations.apply(template, kind, pointer, field, value).toString()));
        Arbitrary<FuzzCase> wrongShape = randomJson()
                .map(json -> FuzzCase.json("random JSON", method, path, json.toString()));
        cases.addAll(draw(Arbitraries.frequencyOf(Tuple.of(6, spoilt), Tuple.of(1, wrongShape)), generated));
        return cases;
    }

    /**
     * Path segments: random text, boundary strings and random UUIDs, percent-encoded. Segments stay under 1000
     * characters: longer request lines are refused by the HTTP server (414, no body) before the application sees them.
     */
    public static List<String> pathSegments(int count) {
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> boundary = Arbitraries.of(BoundaryValues.all()).filter(JsonNode::isTextual)
                .map(JsonNode::textValue).filter(s -> !s.isEmpty() && s.length() < 300);
        Arbitrary<String> uuids = Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new)
                .map(UUID::toString);
        return draw(Arbitraries.oneOf(text, boundary, uuids), count).stream().map(OperationRequests::encode).toList();
    }

    /** Mostly the boundary catalogue, plus jqwik's unicode strings, integers, decimals and small JSON trees. */
    public static Arbitrary<JsonNode> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(BoundaryValues.all())),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(80).map(JSON::textNode)),
                Tuple.of(1, Arbitraries.longs().map(JSON::numberNode)),
                Tuple.of(1, Arbitraries.bigDecimals().ofScale(3).map(JSON::numberNode)),
                Tuple.of(1, randomJson()));
    }

    public static Arbitrary<JsonNode> randomJson() {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(Arbitraries.just(JSON.nullNode()),
                Arbitraries.of(true, false).map(JSON::booleanNode), Arbitraries.integers().map(JSON::numberNode),
                Arbitraries.strings().ofMaxLength(12).map(JSON::textNode));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> (JsonNode) JSON.arrayNode().addAll(items)),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(10), inner).ofMaxSize(4)
                        .map(fields -> (JsonNode) JSON.objectNode().setAll(fields))), 0, 3);
    }

    /**
     * {@code count} values from a generator seeded with {@link #SEED}. Outside a property, jqwik samples with the
     * thread's source of randomness, which {@link SourceOfRandomness#create} seeds.
     */
    public static <T> List<T> draw(Arbitrary<T> arbitrary, int count) {
        SourceOfRandomness.create(Long.toString(SEED));
        return arbitrary.sampleStream().limit(count).toList();
    }
}
