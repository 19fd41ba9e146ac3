package vn.antq.kit.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class IdempotentRequestTest {

    static final IdempotentRequest REQUEST = new IdempotentRequest("id-1", "f1");

    @Test
    void theCreationAndTheLastRequestAreStoredAndReadInOneFormat() {
        Document state = new Document("_id", "id-1");
        IdempotentRequest.append(state, IdempotentRequest.CREATION, REQUEST);
        IdempotentRequest.append(state, IdempotentRequest.LAST, new IdempotentRequest("k2", "f2"));

        assertThat(state.get("creation", Document.class)).isEqualTo(new Document("key", "id-1").append("fingerprint", "f1"));
        assertThat(IdempotentRequest.creationOf(state)).isEqualTo(REQUEST);
        assertThat(IdempotentRequest.lastOf(state)).isEqualTo(new IdempotentRequest("k2", "f2"));
    }

    @Test
    void aTopLevelFingerprintOfTheEarlierFormatIsTheCreationRequestKeyedByTheId() {
        Document old = new Document("_id", "id-1").append("fingerprint", "f1");

        assertThat(IdempotentRequest.creationOf(old)).isEqualTo(REQUEST);
        assertThat(IdempotentRequest.lastOf(old)).isNull();
    }

    @Test
    void aRegistrationOfTheEarlierFormatIsTheCreationRequest() {
        Document old = new Document("_id", "id-1").append("registration", REQUEST.toDocument())
                .append("lastRequest", new Document("key", "k2").append("fingerprint", "f2"));

        assertThat(IdempotentRequest.creationOf(old)).isEqualTo(REQUEST);
        assertThat(IdempotentRequest.lastOf(old)).isEqualTo(new IdempotentRequest("k2", "f2"));
    }

    @Test
    void aDocumentWithoutAKeyedRequestHasNone() {
        Document state = new Document("_id", "id-1").append("lastRequest", null).append("registration", null);
        IdempotentRequest.append(state, IdempotentRequest.CREATION, null);

        assertThat(state).doesNotContainKey("creation");
        assertThat(IdempotentRequest.creationOf(state)).isNull();
        assertThat(IdempotentRequest.lastOf(state)).isNull();
    }

    @Test
    void aRetryIsTheSameKeyAndBodyAndAReusedKeyIsTheSameKeyWithAnotherBody() {
        assertThat(REQUEST.isRepeatedBy(new IdempotentRequest("id-1", "f1"))).isTrue();
        assertThat(REQUEST.keyReusedBy(new IdempotentRequest("id-1", "f9"))).isTrue();
        assertThat(REQUEST.isRepeatedBy(new IdempotentRequest("id-2", "f1"))).isFalse();
        assertThat(REQUEST.keyReusedBy(null)).isFalse();
    }
}
