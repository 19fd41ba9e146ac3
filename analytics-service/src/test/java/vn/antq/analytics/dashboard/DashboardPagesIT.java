package vn.antq.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.support.AnalyticsIntegrationTest;

/**
 * The dashboard's page, scripts and chart library are served by the service itself and without a token (the page
 * is what asks for one); its API calls still need the token. Every file the page loads, and every module those
 * import, is there.
 */
@AnalyticsIntegrationTest
class DashboardPagesIT {

    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#:]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '(\\.{1,2}/[^']+)'");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theRootServesTheDashboardWithoutAToken() {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"vi\">", "webjars/echarts/dist/echarts.min.js", "assets/js/main.js");
    }

    @Test
    void everyFileThePageAndItsModulesLoadIsServedWithoutAToken() {
        Set<String> seen = new HashSet<>();
        Deque<URI> pending = new ArrayDeque<>();
        URI root = URI.create("http://localhost:" + port + "/");
        references(PAGE_REFERENCE, get("/").body()).forEach(path -> pending.add(root.resolve(path)));
        while (!pending.isEmpty()) {
            URI file = pending.pop();
            if (!seen.add(file.getPath())) {
                continue;
            }
            HttpResponse<String> response = get(file.getPath());
            assertThat(response.statusCode()).as(file.getPath()).isEqualTo(200);
            if (file.getPath().endsWith(".js") && file.getPath().startsWith("/assets/")) {
                assertThat(response.headers().firstValue("Content-Type")).as(file.getPath())
                        .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
                references(MODULE_IMPORT, response.body()).forEach(path -> pending.add(file.resolve(path)));
            }
        }
        assertThat(seen).contains("/webjars/echarts/dist/echarts.min.js", "/assets/dashboard.css", "/assets/js/main.js",
                "/assets/js/views/shortcomings.js", "/assets/js/csv.js");
    }

    @Test
    void theApiTheDashboardCallsStillNeedsAToken() {
        HttpResponse<String> answer = get("/api/v1/analytics/participation?groupBy=agency");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static Set<String> references(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
