package vn.antq.kit.web;

import java.io.IOException;

/**
 * Thrown while reading a body that turns out larger than allowed (a chunked body declares no length).
 * An IOException, so that whatever reads the body fails as on a broken stream; the problem handler
 * finds it among the causes and answers 413.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
