package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import vn.antq.identity.signin.Totp;
import vn.antq.stack.demo.DemoAccounts;

/**
 * The workspace's reviews and awards view ({@code /workspace/#awards}) in Chromium, end to end on the demo stack, with
 * the Veterans' two people of the demo district: the recorder holds a review conference dated 2025 (a refused one
 * first, its reason beside the field), corrects it (and is told when someone else changed it meanwhile), nominates a
 * person at it, and is not offered the decision (the API refuses it too); the approver finds it under "waiting for me"
 * (signing in with a second factor, as approvers do) and approves it with a decision; the recorder records the conferment. Each step is checked against award-service.
 * Offline, the view says it needs a network and shows the lists it last loaded.
 * <p>
 * Everything it creates is dated 2025, after the demo's 2019-2024, so that no other test's figures change. Writes
 * {@code target/workspace-awards-360.png} and {@code target/workspace-awards-1366.png}.
 */
@ExtendWith(DemoStackExtension.class)
class WorkspaceAwardsBrowserIT {

    private static final Duration PAGE_TIMEOUT = StackBrowser.PAGE_TIMEOUT;
    private static final String AGENCY = "VETERANS";

    private static StackBrowser chrome;
    private static ChromeDriver browser;

    private ServiceClient awards;
    private URI awardsBase;

    @BeforeEach
    void chromium() throws IOException {
        if (chrome == null) {
            chrome = StackBrowser.start(1366, 900);
            browser = chrome.driver();
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (chrome != null) {
            chrome.close();
            chrome = null;
        }
    }

    @Test
    void holdsAReviewNominatesAndASecondPersonDecides(DemoStack demo) throws Exception {
        assertThat(demo.firstLoad().caughtUp()).as(demo.firstLoad().describe()).isTrue();
        awardsBase = demo.stack().urls().awards();
        awards = new ServiceClient(awardsBase);
        URI workspace = demo.stack().urls().portal().resolve("/workspace/");
        String recorder = StackBrowser.demoPerson(demo, AGENCY, DemoAccounts.DISTRICT, "RECORDER");
        String approver = StackBrowser.demoPerson(demo, AGENCY, DemoAccounts.DISTRICT, "APPROVER");
        String suffix = String.valueOf(System.currentTimeMillis() % 1_000_000);
        String title = "Sơ kết quý I năm 2025 phong trào toàn dân bảo vệ ANTQ " + suffix;
        String recipient = "Nguyễn Văn Bình " + suffix;

        String recorderToken = signIn(demo, workspace, recorder);

        // A review without its title is refused, the reason beside the field.
        new Select(browser.findElement(By.id("awards-review-kind"))).selectByValue("INTERIM");
        assertThat(new Select(browser.findElement(By.id("awards-review-organiser"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(AGENCY);
        assertThat(new Select(browser.findElement(By.id("awards-review-level"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("DISTRICT");
        setValue("#awards-review-heldOn", "2025-03-25");
        setValue("#awards-review-periodFrom", "2025-01-01");
        setValue("#awards-review-periodTo", "2025-03-20");
        browser.findElement(By.id("awards-review-save")).click();
        assertThat(awaitVisible("#review-error-title").getText()).isNotBlank();
        assertThat(browser.findElement(By.id("awards-review-title")).getAttribute("aria-invalid")).isEqualTo("true");

        // Held: listed in the page, and award-service has it as the page said.
        browser.findElement(By.id("awards-review-title")).sendKeys(title);
        browser.findElement(By.id("awards-review-save")).click();
        WebElement reviewRow = awaitRow("#awards-reviews tbody tr", title);
        String reviewId = reviewRow.getAttribute("data-review");
        JsonNode review = awards.get("/api/v1/reviews/" + reviewId, recorderToken, Set.of(200)).body();
        assertThat(review.path("title").asText()).isEqualTo(title);
        assertThat(review.path("kind").asText()).isEqualTo("INTERIM");
        assertThat(review.path("organiser").asText()).isEqualTo(AGENCY);
        assertThat(review.path("level").asText()).isEqualTo("DISTRICT");
        assertThat(review.path("locality").path("district").asText()).isEqualTo(DemoAccounts.DISTRICT);
        assertThat(review.path("heldOn").asText()).isEqualTo("2025-03-25");
        assertThat(review.path("version").asLong()).isEqualTo(1);

        // Corrected while someone else changed it: the page says so (412) and reloads it; then the correction goes in.
        reviewRow.findElement(By.cssSelector("[data-action='edit']")).click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> reviewId.equals(
                driver.findElement(By.id("awards-review-form")).getAttribute("data-editing")));
        putReview(reviewId, recorderToken, review, title + " (bản sửa)", "\"1\"");
        WebElement titleField = browser.findElement(By.id("awards-review-title"));
        titleField.clear();
        titleField.sendKeys(title + " (sửa lại)");
        browser.findElement(By.id("awards-review-save")).click();
        awaitVisible("#awards-review-reload").click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> (title + " (bản sửa)").equals(
                driver.findElement(By.id("awards-review-title")).getAttribute("value")));
        String corrected = title + " (đã sửa)";
        titleField = browser.findElement(By.id("awards-review-title"));
        titleField.clear();
        titleField.sendKeys(corrected);
        browser.findElement(By.id("awards-review-save")).click();
        reviewRow = awaitRow("#awards-reviews tbody tr", corrected);
        review = awards.get("/api/v1/reviews/" + reviewId, recorderToken, Set.of(200)).body();
        assertThat(review.path("title").asText()).isEqualTo(corrected);
        assertThat(review.path("version").asLong()).isEqualTo(3);

        // Nominated at that review, for an activity of the district in the review's period, chosen from those the
        // page offers (an activity recorded for it through the API, cancelled again at the end: the stack is shared).
        ServiceClient events = new ServiceClient(demo.stack().urls().events());
        String activityTitle = "Tuyên truyền pháp luật cho hội viên cựu chiến binh huyện " + suffix;
        String activityId = events.postJson("/api/v1/activities", recorderToken, activity(activityTitle),
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()), Set.of(201)).body()
                .path("id").asText();
        reviewRow.findElement(By.cssSelector("[data-action='nominate']")).click();
        assertThat(new Select(browser.findElement(By.id("awards-nomination-review"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(reviewId);
        WebElement related = new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> driver.findElements(
                By.cssSelector("#awards-nomination-activityIds option[value='" + activityId + "']")).stream()
                .findFirst().orElse(null));
        assertThat(related.getText()).contains("2025-02-14", activityTitle);
        new Select(browser.findElement(By.id("awards-nomination-activityIds"))).selectByValue(activityId);
        new Select(browser.findElement(By.id("awards-nomination-form-kind"))).selectByValue("CERTIFICATE_OF_COMMENDATION");
        new Select(browser.findElement(By.id("awards-nomination-recipientType"))).selectByValue("INDIVIDUAL");
        browser.findElement(By.id("awards-nomination-recipientName")).sendKeys(recipient);
        browser.findElement(By.id("awards-nomination-citation")).sendKeys(
                "Có thành tích xuất sắc trong vận động hội viên cựu chiến binh tham gia giữ gìn an ninh trật tự");
        browser.findElement(By.id("awards-nomination-save")).click();
        WebElement awardRow = awaitRow("#awards-list tbody tr", recipient);
        String awardId = awardRow.getAttribute("data-award");
        JsonNode award = awards.get("/api/v1/awards/" + awardId, recorderToken, Set.of(200)).body();
        assertThat(award.path("status").asText()).isEqualTo("NOMINATED");
        assertThat(award.path("reviewId").asText()).isEqualTo(reviewId);
        assertThat(award.path("recipientAgency").asText()).isEqualTo(AGENCY);
        assertThat(award.path("nominatedBy").asText()).isEqualTo(recorder);
        assertThat(award.path("activityIds").toString()).isEqualTo("[\"" + activityId + "\"]");
        assertThat(award.path("modelIds").size()).isZero();

        // The nominator is not offered the decision, and the API refuses it if forced.
        assertThat(awardRow.findElements(By.cssSelector("[data-action='decide']"))).isEmpty();
        assertThat(awardRow.findElement(By.cssSelector("[data-part='own']")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("awards-rule")).getText()).contains("không ai được tự phê duyệt");
        assertThat(browser.findElements(By.cssSelector("#awards-waiting li"))).isEmpty();
        awards.postJson("/api/v1/awards/" + awardId + "/decision", recorderToken,
                Map.of("approve", true, "issuer", "Hội Cựu chiến binh huyện", "decisionNo", "QĐ-" + suffix,
                        "decidedOn", "2025-04-01"), Map.of("If-Match", "\"1\""), Set.of(403));

        // The second person: it waits for them, and they approve it with a decision.
        String approverToken = signIn(demo, workspace, approver);
        WebElement waiting = new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "waiting: "
                        + browser.findElement(By.id("awards-waiting-note")).getText())
                .until(driver -> driver.findElements(By.cssSelector("#awards-waiting li[data-award='" + awardId + "']"))
                        .stream().findFirst().orElse(null));
        assertThat(Integer.parseInt(browser.findElement(By.id("awards-waiting-count")).getText())).isPositive();
        waiting.findElement(By.cssSelector("[data-action='decide']")).click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> awardId.equals(
                driver.findElement(By.id("awards-action-card")).getAttribute("data-award"))
                && !driver.findElement(By.id("awards-action-about")).getText().isBlank());
        browser.findElement(By.id("awards-issuer")).sendKeys("Chủ tịch Hội Cựu chiến binh huyện");
        browser.findElement(By.id("awards-decisionNo")).sendKeys("QĐ-" + suffix);
        setValue("#awards-decidedOn", "2025-04-01");
        browser.findElement(By.id("awards-action-send")).click();
        awaitStatus(awardId, "APPROVED");
        assertThat(browser.findElements(By.cssSelector("#awards-waiting li[data-award='" + awardId + "']"))).isEmpty();
        award = awards.get("/api/v1/awards/" + awardId, approverToken, Set.of(200)).body();
        assertThat(award.path("status").asText()).isEqualTo("APPROVED");
        assertThat(award.path("decisionNo").asText()).isEqualTo("QĐ-" + suffix);
        assertThat(award.path("decidedOn").asText()).isEqualTo("2025-04-01");

        // Conferred: a recorder's step.
        signIn(demo, workspace, recorder);
        WebElement confer = new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> driver.findElements(
                By.cssSelector("#awards-list tr[data-award='" + awardId + "'] [data-action='confer']")).stream()
                .findFirst().orElse(null));
        confer.click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> awardId.equals(
                driver.findElement(By.id("awards-action-card")).getAttribute("data-award"))
                && !driver.findElement(By.id("awards-action-about")).getText().isBlank());
        browser.findElement(By.id("awards-action-send")).click();
        awaitStatus(awardId, "CONFERRED");
        assertThat(awards.get("/api/v1/awards/" + awardId, recorderToken, Set.of(200)).body().path("status").asText())
                .isEqualTo("CONFERRED");

        Path phone = chrome.screenshot(360, "workspace-awards-360.png");
        Path desktop = chrome.screenshot(1366, "workspace-awards-1366.png");
        assertThat(phone).exists();
        assertThat(desktop).exists();

        // Offline: the view says it needs a network and shows the lists it loaded last.
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> Boolean.TRUE.equals(
                chrome.script("return navigator.serviceWorker.controller !== null")));
        chrome.network(false);
        try {
            browser.navigate().refresh();
            chrome.awaitReady();
            openView();
            assertThat(awaitVisible("#awards-offline").getText()).isNotBlank();
            assertThat(browser.findElements(By.cssSelector("#awards-list tr[data-award='" + awardId + "']")))
                    .hasSize(1);
            assertThat(browser.findElements(By.cssSelector("#awards-reviews tr[data-review='" + reviewId + "']")))
                    .hasSize(1);
        } finally {
            chrome.network(true);
        }

        // The stack is shared: the demo's checks count the awards conferred in any year, so this one is revoked again
        // (by the approver, as the API wants) and counts as conferred no more.
        ServiceClient.Reply conferred = awards.get("/api/v1/awards/" + awardId, approverToken, Set.of(200));
        awards.postJson("/api/v1/awards/" + awardId + "/revoke", approverToken,
                Map.of("reason", "Thu hồi sau khi kiểm thử"), Map.of("If-Match", conferred.etag()), Set.of(200));
        assertThat(awards.get("/api/v1/awards/" + awardId, approverToken, Set.of(200)).body().path("status").asText())
                .isEqualTo("REVOKED");
        ServiceClient.Reply recorded = events.get("/api/v1/activities/" + activityId, recorderToken, Set.of(200));
        events.delete("/api/v1/activities/" + activityId, recorderToken, Map.of("If-Match", recorded.etag()),
                Set.of(200, 204));
    }

    /** A district-level activity of the Veterans' Association in Huyện Đắk Tô, within the review's period. */
    private static Map<String, Object> activity(String title) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("agency", AGENCY);
        body.put("partnerAgencies", List.of());
        body.put("level", "DISTRICT");
        body.put("locality", Map.of("province", "62", "district", DemoAccounts.DISTRICT));
        body.put("kind", "SEMINAR");
        body.put("topics", List.of("pháp luật"));
        body.put("title", title);
        body.put("startDate", "2025-02-14");
        body.put("endDate", "2025-02-14");
        body.put("participants", 40);
        body.put("women", 6);
        body.put("ethnicMinority", 18);
        return body;
    }

    private String signIn(DemoStack demo, URI workspace, String username) {
        String token = chrome.signIn(demo, workspace, username);
        if (username.endsWith(".approver")) {
            secondFactor();
        }
        chrome.awaitReady();
        assertThat(browser.getCurrentUrl()).startsWith(workspace.toString());
        openView();
        return token;
    }

    /**
     * An APPROVER signs in with a second factor: the first time, the authenticator is enrolled with the secret the
     * page shows (as a person would type it into their app) and confirmed with its current code.
     */
    private void secondFactor() {
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "no second factor asked: " + browser.getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().contains("/second-factor"));
        String secret = awaitVisible("#secret").getText().replaceAll("\\s+", "");
        browser.findElement(By.id("code")).sendKeys(Totp.code(secret, Instant.now()));
        browser.findElement(By.id("confirm-code")).click();
    }

    private void openView() {
        browser.findElement(By.cssSelector("#views a[href='#awards']")).click();
        awaitVisible("#awards-review-form");
    }

    /** The row of a list whose text contains {@code text}, once the page shows it. */
    private WebElement awaitRow(String rows, String text) {
        return new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> text + " is not in " + rows + ": "
                        + browser.findElements(By.cssSelector(".form-error")).stream().map(WebElement::getText).toList())
                .until(driver -> {
                    List<WebElement> found = driver.findElements(By.cssSelector(rows));
                    return found.stream().filter(row -> row.getText().contains(text)).findFirst().orElse(null);
                });
    }

    private void awaitStatus(String awardId, String status) {
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> awardId + " is not " + status + ": "
                        + browser.findElements(By.cssSelector(".form-error")).stream().map(WebElement::getText).toList())
                .until(driver -> driver.findElements(By.cssSelector("#awards-list tr[data-award='" + awardId
                        + "'][data-status='" + status + "']")).size() == 1);
    }

    /** Someone else's correction, straight to award-service with the version the page also holds. */
    private void putReview(String id, String token, JsonNode review, String newTitle, String ifMatch) throws Exception {
        String body = "{\"kind\":\"" + review.path("kind").asText() + "\",\"organiser\":\"" + AGENCY
                + "\",\"agencies\":[\"" + AGENCY + "\"],\"level\":\"DISTRICT\",\"locality\":{\"province\":\""
                + review.path("locality").path("province").asText() + "\",\"district\":\"" + DemoAccounts.DISTRICT
                + "\"},\"heldOn\":\"2025-03-25\",\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-03-20\",\"title\":\""
                + newTitle + "\"}";
        HttpRequest request = HttpRequest.newBuilder(awardsBase.resolve("/api/v1/reviews/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void setValue(String css, String value) {
        chrome.script("const field = document.querySelector(arguments[0]); field.value = arguments[1];"
                + "field.dispatchEvent(new Event('change', { bubbles: true }));", css, value);
    }

    private WebElement awaitVisible(String css) {
        return chrome.awaitVisible(css);
    }
}
