package vn.antq.kit.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.kit.security.Role;
import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;

/**
 * Requests that Tomcat or the firewall refuse before any controller runs answer problem+json whose bytes are
 * the UTF-8 the header announces: the Vietnamese title arrives as written, not as ISO-8859-1 mojibake.
 */
@KitWebTest
class RefusedBeforeTheControllersIT {

    private static final String VIETNAMESE_TITLE = "Yêu cầu không hợp lệ";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final String token;

    RefusedBeforeTheControllersIT(@LocalServerPort int port) {
        this.port = port;
        this.token = new KitHttp(port).token("POLICE", Role.RECORDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/notes/..%2F..%2Fetc", "/api/v1/notes/a%00b", "/api/v1/notes/%c0%af", "/api/v1/notes/a%2Fb",
            "/api/v1/notes;x=1/y"})
    void theVietnameseProblemIsUtf8Encoded(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, "vi");

        assertThat(response.statusCode()).isEqualTo(400);
        // JSON is UTF-8 unless said otherwise (RFC 8259); a charset parameter, when present, must say so too.
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type.replace(" ", "")
                .toLowerCase()).matches("application/problem\\+json(;charset=utf-8)?"));
        byte[] body = response.body();
        assertThat(indexOf(body, VIETNAMESE_TITLE.getBytes(UTF_8))).as("the title's UTF-8 bytes in " + hex(body)).isNotNegative();
        JsonNode problem = JsonMapper.shared().readTree(strictUtf8(body));
        assertThat(problem.path("title").asString()).isEqualTo(VIETNAMESE_TITLE);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("?").doesNotContain("\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/notes/..%2F..%2Fetc", "/api/v1/notes/%c0%af"})
    void theEnglishProblemIsUnchanged(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.shared().readTree(strictUtf8(response.body())).path("title").asString()).isEqualTo("Bad request");
    }

    private HttpResponse<byte[]> get(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language)
                .header("Authorization", "Bearer " + token)
                .GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body as UTF-8, failing on any byte sequence that is not UTF-8 (which ISO-8859-1 Vietnamese is not). */
    private static String strictUtf8(byte[] body) throws CharacterCodingException {
        return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body)).toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b));
        }
        return text.toString();
    }
}
