package vn.antq.kit.outbox;

import java.util.List;

/** A page of the audit trail, newest change first; {@code total} counts every matching change. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
}
