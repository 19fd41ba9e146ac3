package vn.antq.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Unpacks a batch as the Kafka binder delivers it in batch mode with native decoding: the payload is the list of
 * record values, and each {@code kafka_*} header is a list with one entry per record.
 */
final class BatchRecords {

    private BatchRecords() {
    }

    static List<IncomingRecord> of(Message<List<byte[]>> batch) {
        List<?> values = batch.getPayload();
        MessageHeaders headers = batch.getHeaders();
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<?> keys = list(headers, KafkaHeaders.RECEIVED_KEY);
        List<?> converted = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<IncomingRecord> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> recordHeaders = i < converted.size() && converted.get(i) instanceof Map<?, ?> map
                    ? (Map<String, Object>) map : Map.of();
            Object key = i < keys.size() ? keys.get(i) : null;
            // A record without a value arrives as a KafkaNull: keep it as null, the decoder dead-letters it.
            Object value = values.get(i);
            records.add(new IncomingRecord((String) topics.get(i), ((Number) partitions.get(i)).intValue(),
                    ((Number) offsets.get(i)).longValue(), bytes(key), value instanceof byte[] bytes ? bytes : null,
                    recordHeaders));
        }
        return records;
    }

    private static byte[] bytes(Object key) {
        if (key instanceof byte[] bytes) {
            return bytes;
        }
        return key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : List.of();
    }
}
