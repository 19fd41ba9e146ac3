package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.kit.security.Role;
import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;

/** ETag and If-Match on reads and changes; Idempotency-Key on creation. */
@KitWebTest
class ConditionalRequestsIT {

    private final KitHttp http;
    private final String token;

    ConditionalRequestsIT(@LocalServerPort int port) {
        http = new KitHttp(port);
        token = http.recorder();
    }

    @Test
    void aCreatedRecordIsReadWithTheEtagOfItsVersion() {
        KitHttp.Reply created = http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token).call();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/notes/");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        KitHttp.Reply read = http.get(created.header("Location")).bearer(token).call();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aChangeWithoutIfMatchIsA428() {
        String location = create();

        KitHttp.Reply reply = http.put(location, KitHttp.VALID_NOTE).bearer(token).call().assertProblem(428);

        assertThat(reply.type()).isEqualTo("https://antq.vn/problems/precondition-required");
    }

    @Test
    void aChangeWithAStaleIfMatchIsA412NamingTheCurrentVersion() {
        String location = create();

        KitHttp.Reply reply = http.put(location, KitHttp.VALID_NOTE).bearer(token).header("If-Match", "\"7\"")
                .english().call().assertProblem(412);

        assertThat(reply.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.detail()).contains("the current version is 1");
    }

    @Test
    void aChangeWithTheCurrentIfMatchMakesTheNextVersion() {
        String location = create();

        KitHttp.Reply revised = http.put(location, KitHttp.VALID_NOTE.replace("120", "130")).bearer(token)
                .header("If-Match", "\"1\"").call();

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void aRetriedPostWithTheSameKeyNamesTheSameRecord() {
        KitHttp.Reply first = http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token)
                .header("Idempotency-Key", "retry-me-1").call();
        KitHttp.Reply retry = http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token)
                .header("Idempotency-Key", "retry-me-1").call();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(retry.json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void anotherUsersSameKeyNamesAnotherRecord() {
        KitHttp.Reply mine = http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token)
                .header("Idempotency-Key", "shared-key").call();
        KitHttp.Reply theirs = http.post("/api/v1/notes", KitHttp.VALID_NOTE.replace("WOMEN_UNION", "FARMERS"))
                .bearer(http.token("FARMERS", Role.RECORDER)).header("Idempotency-Key", "shared-key").call();

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().path("id").asString()).isNotEqualTo(mine.json().path("id").asString());
    }

    @Test
    void aKeyReusedForAnotherRequestIsA422() {
        http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token).header("Idempotency-Key", "reused-key").call();

        KitHttp.Reply reply = http.post("/api/v1/notes", KitHttp.VALID_NOTE.replace("120", "99")).bearer(token)
                .header("Idempotency-Key", "reused-key").call().assertProblem(422);

        assertThat(reply.detail()).startsWith("Idempotency-Key này đã được dùng cho một yêu cầu khác");
    }

    @Test
    void anInvalidKeyIsA400OnTheHeader() {
        KitHttp.Reply reply = http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token)
                .header("Idempotency-Key", "k".repeat(201)).english().call().assertProblem(400);

        assertThat(reply.fields()).containsExactly("Idempotency-Key");
        assertThat(reply.message("Idempotency-Key"))
                .isEqualTo("Idempotency-Key must be 1 to 200 printable ASCII characters.");
    }

    private String create() {
        KitHttp.Reply created = http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token).call();
        assertThat(created.status()).isEqualTo(201);
        return created.header("Location");
    }
}
