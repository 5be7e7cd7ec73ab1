package app.limber.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema documents themselves: valid draft 2020-12, found where their $id says, all compilable offline. */
class ContractSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> SCHEMAS = ContractIndex.load(MAPPER).schemaPathsById();
    private final ContractSchemas schemas = new ContractSchemas();

    @TestFactory
    Stream<DynamicTest> everySchemaIsAValidDraft202012Schema() {
        return SCHEMAS.values().stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            JsonNode document = MAPPER.readTree(ContractIndex.readResource(path));
            assertEquals("https://json-schema.org/draft/2020-12/schema", document.path("$schema").asText(), path);
            Set<ValidationMessage> violations = schemas.metaSchema().validate(document);
            assertTrue(violations.isEmpty(), path + " is not a valid 2020-12 schema: " + violations);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaLivesWhereItsIdMapsToAndCompilesWithoutTheNetwork() {
        return SCHEMAS.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String id = entry.getKey();
            String path = entry.getValue();
            assertEquals(path, ContractSchemas.resourcePath(id), "events.json names another file than the $id maps to");
            assertEquals(id, MAPPER.readTree(ContractIndex.readResource(path)).path("$id").asText(),
                    path + " declares another $id");
            schemas.schema(id); // resolves every $ref, or throws
        }));
    }

    @Test
    void eventSchemasLetConsumersReadFieldsAddedLater() {
        for (String type : EventContracts.types()) {
            String json = EventContracts.examples(type).get(0);
            String withExtraField = json.replaceFirst("\\{", "{\"addedInALaterRelease\": {\"any\": [1, 2]},");
            EventContracts.assertValid(type, withExtraField);
        }
    }
}
