package vn.antq.analytics.ingest;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventBody;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;

/**
 * Turns a record into a change, or says why it is poison: no or unknown {@code ce_type}, a type that belongs on
 * another topic, a {@code ce_dataschema} that is not the schema of the type (a record without one is accepted), a body that is not JSON or fails the contract's schema or the record's invariants, or a key
 * that is not the aggregate's (which would break the one-writer-per-aggregate rule the projections rely on).
 */
@Component
public class EventDecoder {

    private static final Logger log = LoggerFactory.getLogger(EventDecoder.class);

    private final ContractSchemas schemas;
    private final EventJson json;
    private final EventProjections projections;

    public EventDecoder(ContractSchemas schemas, EventJson json, EventProjections projections) {
        this.schemas = schemas;
        this.json = json;
        this.projections = projections;
    }

    public Decoded decode(IncomingRecord record) {
        String type = record.header(CloudEventHeaders.CE_TYPE);
        if (type == null || type.isBlank()) {
            return poison(record, "missing header " + CloudEventHeaders.CE_TYPE);
        }
        Optional<EventContract> found = EventContract.of(type);
        if (found.isEmpty()) {
            return poison(record, "unknown event type '" + type + "'; known types are " + EventContract.types());
        }
        EventContract contract = found.get();
        if (!contract.topic().equals(record.topic())) {
            return poison(record, "event type " + type + " belongs on " + contract.topic() + ", not " + record.topic());
        }
        String dataschema = record.header(CloudEventHeaders.CE_DATASCHEMA);
        if (dataschema != null && !dataschema.equals(contract.schemaId())) {
            // Absent on events published before the attribute existed; when present it must name this type's schema.
            return poison(record, "header " + CloudEventHeaders.CE_DATASCHEMA + " '" + dataschema + "' is not the schema of "
                    + type + " (" + contract.schemaId() + ")");
        }
        if (record.value() == null) {
            return poison(record, "body is missing");
        }
        List<String> violations = schemas.validate(type, record.value());
        if (!violations.isEmpty()) {
            return poison(record, "body fails the schema of " + type + ": " + String.join("; ", violations));
        }
        EventBody body;
        try {
            body = json.read(record.value(), contract.bodyClass());
        } catch (JacksonException | IllegalArgumentException e) {
            return poison(record, "body breaks the contract of " + type + ": " + rootMessage(e));
        }
        String key = record.keyText();
        if (!body.kafkaKey().equals(key)) {
            return poison(record, "record key '" + key + "' is not the aggregate key '" + body.kafkaKey() + "'");
        }
        try {
            return new Decoded.Accepted(record, projections.changeOf(contract, body));
        } catch (RuntimeException e) {
            // A valid event this code cannot project is a bug here, not in the event: keep it for a replay after the fix.
            log.error("Cannot project {} {} v{}", type, body.id(), body.version(), e);
            return poison(record, "cannot be projected: " + rootMessage(e));
        }
    }

    private static Decoded poison(IncomingRecord record, String reason) {
        return new Decoded.Poison(record, reason);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
