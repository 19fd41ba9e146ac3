package vn.antq.kit.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;

/**
 * An event as the outbox keeps it inside its aggregate's document until the relay has it on Kafka:
 * the CloudEvents attributes plus the JSON body exactly as it will be published.
 *
 * @param eventId    the {@code ce_id}, unique per event
 * @param type       the {@code ce_type}
 * @param key        the Kafka record key (the aggregate id)
 * @param subject    the {@code ce_subject} (the aggregate id)
 * @param source     the {@code ce_source}, e.g. {@code /antq/event-service}
 * @param occurredAt the {@code ce_time}; kept to the millisecond, as MongoDB stores it
 * @param payload    the body, UTF-8 JSON
 */
public record PendingEvent(
        String eventId,
        String type,
        String topic,
        String key,
        String subject,
        String source,
        long version,
        String actor,
        Instant occurredAt,
        String payload) {

    private static final EventJson JSON = new EventJson();

    public PendingEvent {
        requireText(eventId, "eventId");
        requireText(type, "type");
        requireText(topic, "topic");
        requireText(key, "key");
        requireText(subject, "subject");
        requireText(source, "source");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1 but was " + version);
        }
        requireText(actor, "actor");
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        requireText(payload, "payload");
    }

    /** The event of {@code contract} carrying {@code body}, with a fresh random id. */
    public static PendingEvent of(EventContract contract, EventBody body, String source) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(body, "body");
        if (!contract.bodyClass().isInstance(body)) {
            throw new IllegalArgumentException(contract.type() + " carries a " + contract.bodyClass().getSimpleName()
                    + ", not a " + body.getClass().getSimpleName());
        }
        return new PendingEvent(UUID.randomUUID().toString(), contract.type(), contract.topic(), body.kafkaKey(),
                body.id(), source, body.version(), body.actor(), body.occurredAt(), JSON.write(body));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
