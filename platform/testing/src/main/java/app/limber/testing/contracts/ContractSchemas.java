package app.limber.testing.contracts;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.resource.AllowSchemaLoader;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles the contract schemas with draft 2020-12 and format assertions on, resolving every
 * {@code $id}/{@code $ref} from the classpath so that validation never touches the network.
 */
final class ContractSchemas {

    /** Schemas are identified as {@code https://limber.app/contracts/<name>.json}. */
    static final String ID_PREFIX = "https://limber.app/contracts/";
    /** ... and stored as {@code limber/contracts/schemas/limber.<name>.schema.json}. */
    static final String RESOURCE_DIR = "limber/contracts/schemas/";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(VersionFlag.V202012, builder -> builder
            .schemaMappers(mappers -> mappers.mappings(
                    iri -> iri.startsWith(ID_PREFIX) && iri.endsWith(".json"),
                    iri -> "classpath:" + resourcePath(iri)))
            // Anything not mapped to the classpath (a typo in a $ref, a remote schema) must fail, not download.
            .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(iri -> "classpath".equals(iri.getScheme())))));

    // Messages name the field as a JSON path ($.exercises[1].side; the 2020-12 default, a JSON Pointer,
    // names the root as an empty string) and are in English whatever the machine's locale.
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            .build();

    private final Map<String, JsonSchema> byId = new ConcurrentHashMap<>();

    /** The compiled schema with this {@code $id}. */
    JsonSchema schema(String schemaId) {
        return byId.computeIfAbsent(schemaId, id -> {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(id), config);
            schema.initializeValidators(); // resolve every $ref now, so a broken one fails here, not mid-validation
            return schema;
        });
    }

    /** The draft 2020-12 meta-schema, for checking that a schema document is itself valid. */
    JsonSchema metaSchema() {
        return schema(SchemaId.V202012);
    }

    static String resourcePath(String schemaId) {
        String name = schemaId.substring(ID_PREFIX.length(), schemaId.length() - ".json".length());
        return RESOURCE_DIR + "limber." + name + ".schema.json";
    }
}
