package vn.antq.kit.outbox;

import java.time.Instant;

/**
 * Which changes of the audit trail to show; every part is optional.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditFilter(String aggregateId, String actor, Instant from, Instant to) {
}
