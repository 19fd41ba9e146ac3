package vn.antq.analytics.projection;

/**
 * The ledger is not as this batch read it: an entry it was to create exists, or one it was to replace is gone.
 * Only a second writer of the same aggregate could do that, which the single-writer design rules out (one
 * partition, one consumer thread). The batch fails and is retried from a fresh read.
 */
public class ProjectionConflictException extends RuntimeException {

    public ProjectionConflictException(String message) {
        super(message);
    }
}
