package vn.antq.kit.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import vn.antq.contracts.CloudEventHeaders;

/** A pending event as a Kafka record in CloudEvents binary mode: attributes as headers, the JSON body as value. */
final class CloudEventRecord {

    private CloudEventRecord() {
    }

    static ProducerRecord<String, byte[]> of(PendingEvent event) {
        List<Header> headers = List.of(
                header(CloudEventHeaders.CE_ID, event.eventId()),
                header(CloudEventHeaders.CE_SOURCE, event.source()),
                header(CloudEventHeaders.CE_TYPE, event.type()),
                header(CloudEventHeaders.CE_SUBJECT, event.subject()),
                header(CloudEventHeaders.CE_TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt())),
                header(CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION),
                header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON));
        return new ProducerRecord<>(event.topic(), null, event.key(), event.payload().getBytes(UTF_8), headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(UTF_8));
    }
}
