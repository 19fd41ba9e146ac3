package vn.antq.kit.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.EventContract;

/**
 * A pending event as a Kafka record in CloudEvents binary mode: attributes as headers, the JSON body as value.
 * {@code ce_time} is the event's {@code occurredAt}, which {@link PendingEvent} keeps to the millisecond;
 * {@code ce_dataschema} is the {@code $id} of its type's schema, derived from the type, so events waiting in an
 * outbox from before the attribute existed get it too.
 */
final class CloudEventRecord {

    private CloudEventRecord() {
    }

    static ProducerRecord<String, byte[]> of(PendingEvent event) {
        List<Header> headers = new ArrayList<>(List.of(
                header(CloudEventHeaders.CE_ID, event.eventId()),
                header(CloudEventHeaders.CE_SOURCE, event.source()),
                header(CloudEventHeaders.CE_TYPE, event.type()),
                header(CloudEventHeaders.CE_SUBJECT, event.subject()),
                header(CloudEventHeaders.CE_TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt())),
                header(CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION),
                header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON)));
        // A type outside the contract cannot be produced by PendingEvent.of; such a record simply has no dataschema.
        EventContract.of(event.type()).ifPresent(contract -> headers.add(header(CloudEventHeaders.CE_DATASCHEMA, contract.schemaId())));
        return new ProducerRecord<>(event.topic(), null, event.key(), event.payload().getBytes(UTF_8), headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(UTF_8));
    }
}
