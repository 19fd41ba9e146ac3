package vn.antq.contracts;

import java.time.Instant;

/**
 * What every event body has: the aggregate's id and version (1, 2, 3 ... per aggregate, which is
 * how consumers drop duplicates and stale redeliveries), who made the change and when.
 */
public interface EventBody {

    String id();

    long version();

    /** The token subject of the user who made the change. */
    String actor();

    Instant occurredAt();

    /** The Kafka record key: the aggregate id, so all versions of one aggregate stay in order. */
    default String kafkaKey() {
        return id();
    }
}
