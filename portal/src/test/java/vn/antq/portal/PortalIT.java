package vn.antq.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The portal over plain HTTP, signed out: what it answers, and how its session cookie is set. */
@PortalTest
class PortalIT {

    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anApiCallWithoutASessionIsAProblemInVietnameseOrEnglish() throws Exception {
        // Its own path: the stub services are shared by every test in this JVM.
        String path = "/v1/not-relayed-" + System.nanoTime();
        HttpResponse<String> vietnamese = get("/api/events" + path, null);
        HttpResponse<String> english = get("/api/events" + path, "en");

        assertThat(vietnamese.statusCode()).isEqualTo(401);
        assertThat(vietnamese.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(vietnamese.body()).contains("\"title\":\"Chưa đăng nhập\"", "Hãy đăng nhập lại qua cổng thông tin.");
        assertThat(english.body()).contains("\"title\":\"Not signed in\"", "Please sign in again through the portal.");
        assertThat(TestPlatform.backend().seen("/api" + path)).isNull();
        // ... and makes no session: a new session cookie would replace that of a sign-in under way in the browser.
        assertThat(vietnamese.headers().allValues("Set-Cookie")).noneMatch(value -> value.startsWith("ANTQ_PORTAL="));
        assertThat(english.headers().allValues("Set-Cookie")).noneMatch(value -> value.startsWith("ANTQ_PORTAL="));
    }

    @Test
    void aPageSendsThePersonToTheProviderThroughAnHttpOnlySameSiteSessionKeptInMongo() throws Exception {
        HttpResponse<String> landing = get("/", null);

        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location")).hasValue(TestPlatform.portalUrl() + "/oauth2/authorization/antq");
        String cookie = landing.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("ANTQ_PORTAL=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.substring("ANTQ_PORTAL=".length(),
                cookie.indexOf(';'))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mongo.getCollection("sessions").countDocuments(new org.bson.Document("_id", sessionId))).isEqualTo(1);

        HttpResponse<String> authorize = get("/oauth2/authorization/antq", null, cookie.substring(0, cookie.indexOf(';')));
        assertThat(authorize.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(TestPlatform.identityUrl() + "/oauth2/authorize")
                .contains("code_challenge=", "code_challenge_method=S256"));
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return get(path, language, null);
    }

    private HttpResponse<String> get(String path, String language, String cookie) throws Exception {
        // As a browser asks for a page.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPlatform.portalUrl() + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
