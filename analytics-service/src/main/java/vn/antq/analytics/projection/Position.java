package vn.antq.analytics.projection;

import java.util.Objects;

/**
 * Where a change was read, as the ledger records it: the writer (a topic partition, or a rebuild's replay of
 * one) and the last offset of the batch that carried it.
 */
public record Position(String writer, long offset) {

    public Position {
        Objects.requireNonNull(writer, "writer");
    }
}
