package vn.antq.stack;

import java.net.URI;

/** Where the four services of a running stack answer, e.g. {@code http://localhost:8081}. */
public record StackUrls(URI events, URI models, URI awards, URI analytics) {

    public static StackUrls localhost(int events, int models, int awards, int analytics) {
        return new StackUrls(local(events), local(models), local(awards), local(analytics));
    }

    private static URI local(int port) {
        return URI.create("http://localhost:" + port);
    }
}
