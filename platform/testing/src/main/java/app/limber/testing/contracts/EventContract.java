package app.limber.testing.contracts;

import java.util.List;

/**
 * One entry of {@code limber/contracts/events.json}: where an event type travels and where its
 * schema and examples live on the classpath.
 *
 * @param type         the CloudEvents type ({@code ce_type}), e.g. {@code limber.session.completed.v1}
 * @param topic        the Kafka topic the event is published to
 * @param keyPointer   JSON Pointer into the payload to the value used as the record key
 * @param schemaId     the schema's {@code $id}
 * @param schemaPath   classpath resource of the schema
 * @param examplePaths classpath resources of the example payloads
 */
public record EventContract(
        String type,
        String topic,
        String keyPointer,
        String schemaId,
        String schemaPath,
        List<String> examplePaths) {

    public EventContract {
        examplePaths = List.copyOf(examplePaths);
    }
}
