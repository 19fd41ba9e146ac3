package vn.antq.stack;

import java.net.URI;

/**
 * Where the parts of a running stack answer, e.g. {@code http://localhost:8081}: the four services, identity-service
 * (the sign-in provider, also the tokens' issuer) and the portal people open.
 */
public record StackUrls(URI events, URI models, URI awards, URI analytics, URI identity, URI portal) {

    public static StackUrls localhost(int events, int models, int awards, int analytics, int identity, int portal) {
        return new StackUrls(local(events), local(models), local(awards), local(analytics), local(identity),
                local(portal));
    }

    static URI local(int port) {
        return URI.create("http://localhost:" + port);
    }
}
