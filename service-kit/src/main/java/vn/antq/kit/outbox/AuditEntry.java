package vn.antq.kit.outbox;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One change in the audit trail (nhật ký thay đổi): who changed which aggregate, when, from what to what.
 *
 * @param eventId   the event's {@code ce_id}, to find it on Kafka
 * @param published whether Kafka has acknowledged the event
 * @param before    the aggregate's state before the change (the previous event's body); null for its first event
 * @param after     the aggregate's state after the change (this event's body)
 */
public record AuditEntry(
        String collection,
        String aggregateId,
        long version,
        String type,
        String actor,
        Instant occurredAt,
        String eventId,
        boolean published,
        JsonNode before,
        JsonNode after) {
}
