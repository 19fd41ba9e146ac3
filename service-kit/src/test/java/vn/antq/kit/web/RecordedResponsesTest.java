package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RecordedResponsesTest {

    @Test
    void aCreationIs201WithItsLocationAndTheVersionsEtag() {
        ResponseEntity<String> created = RecordedResponses.created("/api/v1/things/7", 1, false, "body");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).isEqualTo(URI.create("/api/v1/things/7"));
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(created.getHeaders().containsHeader(RecordedResponses.REPLAYED)).isFalse();
        assertThat(created.getBody()).isEqualTo("body");
    }

    @Test
    void aReplayedCreationSaysSo() {
        ResponseEntity<String> replayed = RecordedResponses.created("/api/v1/things/7", 1, true, "body");

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aCreationWithoutVersionsHasNoEtag() {
        ResponseEntity<String> created = RecordedResponses.created("/api/v1/kinds/A", true, "body");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).isEqualTo(URI.create("/api/v1/kinds/A"));
        assertThat(created.getHeaders().getETag()).isNull();
        assertThat(created.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aReadOrAChangeIs200WithTheVersionsEtag() {
        ResponseEntity<String> read = RecordedResponses.ok(3, "body");
        ResponseEntity<String> replayed = RecordedResponses.ok(4, true, "body");

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"3\"");
        assertThat(read.getHeaders().getLocation()).isNull();
        assertThat(read.getHeaders().containsHeader(RecordedResponses.REPLAYED)).isFalse();
        assertThat(replayed.getHeaders().getETag()).isEqualTo("\"4\"");
        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aWriteThatMayCreateIs201WhenItCreatedElse200() {
        ResponseEntity<String> filed = RecordedResponses.createdOrOk(true, "/api/v1/things/7/2024-05", 1, false, "b");
        ResponseEntity<String> corrected = RecordedResponses.createdOrOk(false, "/api/v1/things/7/2024-05", 2, true, "b");

        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(filed.getHeaders().getLocation()).isEqualTo(URI.create("/api/v1/things/7/2024-05"));
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corrected.getHeaders().getLocation()).isNull();
        assertThat(corrected.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(corrected.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }
}
