package vn.antq.portal;

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

/**
 * The ops dashboard the portal serves at {@code /dashboard/}: the page itself only to a signed-in person, its scripts
 * and chart library to anyone (they hold no data), every file the page and its modules load present, and the calls
 * it makes (who is signed in, the figures through the relay) refused without a session; the same for the agencies'
 * workspace at {@code /workspace/}, whose service worker and manifest are served to anyone too.
 */
@PortalTest
class DashboardPagesIT {

    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#:]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '(\\.{1,2}/[^']+)'");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void thePageNeedsASignedInPerson() {
        HttpResponse<String> page = get("/dashboard/", "text/html");
        HttpResponse<String> bare = get("/dashboard", "text/html");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue(TestPlatform.portalUrl() + "/oauth2/authorization/antq");
        assertThat(bare.statusCode()).isEqualTo(302);
    }

    @Test
    void theIconABrowserAsksForBesideThePageStartsNoSecondSignIn() {
        // A redirect here would begin another authorization request, replacing the one the page started.
        HttpResponse<String> icon = get("/favicon.ico", "image/avif,image/webp,image/*,*/*;q=0.8");

        assertThat(icon.statusCode()).isNotEqualTo(302).isIn(200, 404);
    }

    @Test
    void everyFileThePageAndItsModulesLoadIsServed() {
        String page = resource("static/dashboard/index.html");
        assertThat(page).contains("<html lang=\"vi\">", "../webjars/echarts/dist/echarts.min.js", "assets/js/main.js");
        Set<String> seen = filesLoaded(page, "/dashboard/");
        assertThat(seen).contains("/webjars/echarts/dist/echarts.min.js", "/dashboard/assets/dashboard.css",
                "/dashboard/assets/js/main.js", "/dashboard/assets/js/session.js",
                "/dashboard/assets/js/views/shortcomings.js", "/dashboard/assets/js/csv.js");
    }

    @Test
    void theWorkspaceNeedsASignedInPersonAndItsFilesAndServiceWorkerAreServed() {
        HttpResponse<String> page = get("/workspace/", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue(TestPlatform.portalUrl() + "/oauth2/authorization/antq");
        assertThat(get("/workspace", "text/html").statusCode()).isEqualTo(302);

        String html = resource("static/workspace/index.html");
        assertThat(html).contains("<html lang=\"vi\">", "manifest.webmanifest", "assets/js/main.js");
        Set<String> seen = filesLoaded(html, "/workspace/");
        assertThat(seen).contains("/workspace/manifest.webmanifest", "/workspace/assets/js/main.js",
                "/workspace/assets/js/outbox.js", "/workspace/assets/js/import.js", "/workspace/assets/js/texts.js",
                "/dashboard/assets/js/csv.js", "/dashboard/assets/js/i18n.js",
                "/dashboard/assets/js/session.js", "/dashboard/assets/js/api.js", "/dashboard/assets/dashboard.css");
        HttpResponse<String> worker = get("/workspace/sw.js", "*/*");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        // Every file the worker keeps for offline use is served (the page and the session need a person).
        Matcher kept = Pattern.compile("'([^']+\\.(?:js|css|svg|webmanifest))'").matcher(worker.body());
        Set<String> keptPaths = new HashSet<>();
        while (kept.find()) {
            URI file = URI.create(TestPlatform.portalUrl() + "/workspace/").resolve(kept.group(1));
            assertThat(get(file.getPath(), "*/*").statusCode()).as(file.getPath()).isEqualTo(200);
            keptPaths.add(file.getPath());
        }
        // ... and every file the page and its modules load is kept, or the page would not open offline.
        assertThat(keptPaths).as("kept by the service worker").containsAll(seen);
    }

    /** Every file a page and its modules load, each asserted served (scripts as JavaScript); their paths. */
    private Set<String> filesLoaded(String page, String base) {
        Set<String> seen = new HashSet<>();
        Deque<URI> pending = new ArrayDeque<>();
        URI root = URI.create(TestPlatform.portalUrl() + base);
        // Files only: the page's link back to the portal's home ("../") is a page of its own.
        references(PAGE_REFERENCE, page).stream().filter(path -> !path.endsWith("/"))
                .forEach(path -> pending.add(root.resolve(path)));
        while (!pending.isEmpty()) {
            URI file = pending.pop();
            if (!seen.add(file.getPath())) {
                continue;
            }
            HttpResponse<String> response = get(file.getPath(), "*/*");
            assertThat(response.statusCode()).as(file.getPath()).isEqualTo(200);
            if (file.getPath().endsWith(".js") && !file.getPath().startsWith("/webjars/")) {
                assertThat(response.headers().firstValue("Content-Type")).as(file.getPath())
                        .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
                references(MODULE_IMPORT, response.body()).forEach(path -> pending.add(file.resolve(path)));
            }
        }
        return seen;
    }

    @Test
    void whoIsSignedInAndTheRelayedFiguresNeedASession() {
        // Its own relayed path: the stub services are shared by every test in this JVM.
        String figures = "/v1/analytics/participation-" + System.nanoTime();
        for (String path : new String[] {"/api/session", "/api/places", "/api/vocabulary", "/api/analytics" + figures + "?groupBy=agency"}) {
            HttpResponse<String> answer = get(path, "application/json");

            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(TestPlatform.backend().seen("/api" + figures)).isNull();
    }

    private static String resource(String name) {
        try (var in = DashboardPagesIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> references(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private HttpResponse<String> get(String path, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(TestPlatform.portalUrl() + path)).header("Accept", accept)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
