package vn.antq.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * Reads and writes event bodies in the wire format: UTF-8 JSON, field names as in the records,
 * enums by name, {@code LocalDate} as "2024-05-01", {@code Instant} as "2024-05-01T08:30:00Z".
 * <p>
 * Null fields are left out rather than written as null; the schemas make every nullable field
 * optional (and also accept an explicit null from other writers). Lists are never null, so they are
 * always written, as [] when empty. Unknown fields are ignored on reading, so a consumer keeps
 * working when a producer adds a field. Reading does not check a body against its schema: use
 * {@link ContractSchemas} for that. Thread-safe; share one instance.
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object event) {
        return mapper.writeValueAsString(event);
    }

    public byte[] writeBytes(Object event) {
        return mapper.writeValueAsBytes(event);
    }

    /** @throws tools.jackson.core.JacksonException if the JSON is malformed or breaks an invariant of the record */
    public <T> T read(byte[] json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /** @throws tools.jackson.core.JacksonException if the JSON is malformed or breaks an invariant of the record */
    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /** The mapper itself, for a caller that needs a tree or a different target type. */
    public JsonMapper mapper() {
        return mapper;
    }
}
