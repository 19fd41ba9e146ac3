package vn.antq.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an event body against the JSON Schema of its {@code ce_type}, e.g. before a consumer applies
 * it, so that a bad message can be dead-lettered with the reasons. All schemas are compiled once, in
 * the constructor; after that {@link #validate} only reads them and is safe to call from any thread.
 * Create one and share it.
 */
public final class ContractSchemas {

    /** The schemas' {@code $id}s start with this; it is mapped to the classpath, so nothing is fetched. */
    public static final String ID_PREFIX = "https://antq.vn/schemas/";

    private final JsonMapper mapper = JsonMapper.shared();
    private final Map<String, Schema> schemasByType;

    public ContractSchemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                // "format" may be only an annotation; we want "2024-13-45" rejected as a date.
                .formatAssertionsEnabled(true)
                // Violations end up in dead-letter headers and logs: keep them in one language.
                .locale(Locale.ENGLISH)
                // Reads as "$.locality.province: does not match ...", with "$" for the body itself.
                .pathType(PathType.JSON_PATH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(config)
                .schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:" + EventContract.SCHEMA_FOLDER)));
        schemasByType = Arrays.stream(EventContract.values())
                .collect(Collectors.toUnmodifiableMap(EventContract::type, contract -> compile(registry, contract)));
    }

    private static Schema compile(SchemaRegistry registry, EventContract contract) {
        Schema schema = registry.getSchema(SchemaLocation.of(contract.schemaId()));
        // Resolve every $ref now, so that validation never loads or mutates anything.
        schema.initializeValidators();
        return schema;
    }

    /** The violations of {@code json} against the schema of {@code ceType}; empty when it is valid. */
    public List<String> validate(String ceType, byte[] json) {
        return validate(ceType, json, mapper::readTree);
    }

    /** The violations of {@code json} against the schema of {@code ceType}; empty when it is valid. */
    public List<String> validate(String ceType, String json) {
        return validate(ceType, json, mapper::readTree);
    }

    private <T> List<String> validate(String ceType, T json, Function<T, JsonNode> parse) {
        Schema schema = schemasByType.get(ceType);
        if (schema == null) {
            return List.of("unknown event type '" + ceType + "'; known types are " + EventContract.types());
        }
        if (json == null) {
            return List.of("body is missing");
        }
        JsonNode body;
        try {
            body = parse.apply(json);
        } catch (JacksonException e) {
            return List.of("body is not valid JSON: " + e.getOriginalMessage());
        }
        if (body == null || body.isMissingNode()) {
            return List.of("body is empty");
        }
        return schema.validate(body).stream().map(Error::toString).toList();
    }
}
