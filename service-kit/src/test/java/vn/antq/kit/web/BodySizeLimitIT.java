package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;

/** Bodies over {@code antq.web.max-body-size} (1 MB) are refused with 413; imports may be larger. */
@KitWebTest
class BodySizeLimitIT {

    private static final int MB = 1024 * 1024;

    private final KitHttp http;

    BodySizeLimitIT(@LocalServerPort int port) {
        http = new KitHttp(port);
    }

    @Test
    void aTwoMegabyteJsonBodyIsA413() {
        KitHttp.Reply reply = http.post("/api/v1/notes", jsonOf(2 * MB)).bearer(http.recorder()).call()
                .assertProblem(413);

        assertThat(reply.type()).isEqualTo("https://antq.vn/problems/payload-too-large");
        assertThat(reply.detail()).isEqualTo("Nội dung yêu cầu vượt quá giới hạn 1 MB.");
    }

    @Test
    void aFiveMegabyteBodyIsA413EvenWithoutAToken() {
        KitHttp.Reply reply = http.post("/api/v1/notes", jsonOf(5 * MB)).english().call().assertProblem(413);

        assertThat(reply.detail()).isEqualTo("The request body exceeds the limit of 1 MB.");
    }

    @Test
    void aChunkedBodyIsCountedAndRefusedPastTheLimit() {
        byte[] body = jsonOf(2 * MB).getBytes(StandardCharsets.UTF_8);

        KitHttp.Reply reply = http.send("POST", "/api/v1/notes",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", "application/json").bearer(http.recorder()).call().assertProblem(413);

        assertThat(reply.detail()).isEqualTo("Nội dung yêu cầu vượt quá giới hạn 1 MB.");
    }

    @Test
    void anImportMayBeLargerThanAnOrdinaryBody() {
        byte[] csv = "a,b,c\n".repeat(3 * MB / 6).getBytes(StandardCharsets.UTF_8);

        KitHttp.Reply reply = http.send("POST", "/api/v1/notes/import",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv)))
                .header("Content-Type", "text/csv").bearer(http.recorder()).call();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("bytes").asLong()).isEqualTo(csv.length);
    }

    @Test
    void anImportOverTheImportLimitIsA413() {
        byte[] csv = new byte[21 * MB];

        KitHttp.Reply reply = http.send("POST", "/api/v1/notes/import", HttpRequest.BodyPublishers.ofByteArray(csv))
                .header("Content-Type", "text/csv").bearer(http.recorder()).call().assertProblem(413);

        assertThat(reply.detail()).isEqualTo("Nội dung yêu cầu vượt quá giới hạn 20 MB.");
    }

    /** A syntactically valid JSON document of about the given size. */
    private static String jsonOf(int bytes) {
        return KitHttp.VALID_NOTE.replace("\"Họp dân thôn Kon Klor\"", "\"" + "x".repeat(bytes) + "\"");
    }
}
