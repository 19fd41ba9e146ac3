package vn.antq.analytics.ingest;

import vn.antq.analytics.projection.Change;

/** A record after decoding: a change to apply, or a poison message to dead-letter with the reason. */
public sealed interface Decoded permits Decoded.Accepted, Decoded.Poison {

    IncomingRecord record();

    record Accepted(IncomingRecord record, Change change) implements Decoded {
    }

    record Poison(IncomingRecord record, String reason) implements Decoded {
    }
}
