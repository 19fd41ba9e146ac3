package vn.antq.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One Kafka record of a batch as the consumer received it: where it was, its key and value as sent, and its
 * headers (CloudEvents attributes among them).
 */
public record IncomingRecord(String topic, int partition, long offset, byte[] key, byte[] value,
                             Map<String, Object> headers) {

    /** A header as text, whichever way the binder presents it: {@code ce_type} on the wire, {@code ce-type} after Spring Cloud Function. */
    public String header(String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }
}
