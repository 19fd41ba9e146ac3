package vn.antq.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antq.portal.session.MongoSessionRepository;
import vn.antq.portal.session.MongoSessionRepository.StoredSession;

/** The portal's session store on the MongoDB wire protocol: what two requests on one session each write, both keep. */
@PortalTest
class SessionStoreIT {

    private static final String CSRF = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

    @Autowired
    MongoTemplate mongo;

    private MongoSessionRepository store() {
        return new MongoSessionRepository(mongo, Duration.ofMinutes(30), Clock.systemUTC());
    }

    @Test
    void twoRequestsAtOnceKeepWhatEachWrote() {
        MongoSessionRepository store = store();
        StoredSession created = store.createSession();
        created.setAttribute("SPRING_SECURITY_CONTEXT", "the person");
        store.save(created);

        // Both read the session before either wrote: one is given the anti-forgery token, the other refreshes a grant.
        StoredSession first = store.findById(created.getId());
        StoredSession second = store.findById(created.getId());
        first.setAttribute(CSRF, "token-1");
        second.setAttribute("authorizedClients", "refreshed grant");
        second.removeAttribute("SPRING_SECURITY_CONTEXT");
        store.save(first);
        store.save(second);

        StoredSession after = store.findById(created.getId());
        assertThat(after.<String>getAttribute(CSRF)).isEqualTo("token-1");
        assertThat(after.<String>getAttribute("authorizedClients")).isEqualTo("refreshed grant");
        assertThat(after.getAttributeNames()).doesNotContain("SPRING_SECURITY_CONTEXT");
    }

    @Test
    void aNewIdAtSignInMovesTheWholeSession() {
        MongoSessionRepository store = store();
        StoredSession created = store.createSession();
        created.setAttribute("SPRING_SECURITY_SAVED_REQUEST", "/workspace/");
        store.save(created);

        StoredSession signingIn = store.findById(created.getId());
        String oldId = signingIn.getId();
        String newId = signingIn.changeSessionId();
        signingIn.setAttribute("SPRING_SECURITY_CONTEXT", "the person");
        store.save(signingIn);

        assertThat(store.findById(oldId)).isNull();
        StoredSession moved = store.findById(newId);
        assertThat(moved.<String>getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isEqualTo("/workspace/");
        assertThat(moved.<String>getAttribute("SPRING_SECURITY_CONTEXT")).isEqualTo("the person");
    }

    @Test
    void aSessionStoredInTheEarlierLayoutIsReadAndRewritten() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.HashMap<>(java.util.Map.of(CSRF, "old-token")));
        }
        String id = "earlier-" + System.nanoTime();
        java.util.Date now = new java.util.Date();
        mongo.getCollection("sessions").insertOne(new Document("_id", id).append("createdAt", now)
                .append("lastAccessedAt", now).append("maxInactiveSeconds", 1800L)
                .append("expireAt", new java.util.Date(now.getTime() + 1_800_000))
                .append("attributes", new Binary(bytes.toByteArray())));
        MongoSessionRepository store = store();

        StoredSession read = store.findById(id);
        assertThat(read.<String>getAttribute(CSRF)).isEqualTo("old-token");
        read.setAttribute("other", "value");
        store.save(read);

        StoredSession again = store.findById(id);
        assertThat(again.<String>getAttribute(CSRF)).isEqualTo("old-token");
        assertThat(again.<String>getAttribute("other")).isEqualTo("value");
    }
}
