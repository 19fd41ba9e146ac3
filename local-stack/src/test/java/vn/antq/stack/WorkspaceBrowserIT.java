package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

import vn.antq.stack.demo.DemoAccounts;

/**
 * The agencies' workspace ({@code /workspace/}) in Chromium, end to end on the demo stack, as the police's recorder of
 * the demo commune: one activity recorded online; then, the network cut through the DevTools protocol, the page opened
 * again from its service worker, two more recorded into the outbox, the page reloaded; the network back, the outbox
 * sends itself and analytics counts exactly three more activities. The same outbox sent again (the items put back with
 * their keys) records nothing more; a record the service refuses stays in the outbox with its reason.
 * <p>
 * The activities are dated 2025-03, after the demo's 2019-2024, so that no other test's figures change. Writes
 * {@code target/workspace-360.png} and {@code target/workspace-1366.png}.
 */
@ExtendWith(DemoStackExtension.class)
class WorkspaceBrowserIT {

    private static final Duration PAGE_TIMEOUT = StackBrowser.PAGE_TIMEOUT;
    private static final String AGENCY = "POLICE";
    private static final String PERIOD = "from=2025-01&to=2025-12";

    private static StackBrowser chrome;
    private static ChromeDriver browser;

    private ServiceClient analytics;
    private ServiceClient events;
    private String token;

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
    void recordsOnlineAndOfflineAndCountsEachRecordOnce(DemoStack demo) throws IOException {
        assertThat(demo.firstLoad().caughtUp()).as(demo.firstLoad().describe()).isTrue();
        analytics = new ServiceClient(demo.stack().urls().analytics());
        events = new ServiceClient(demo.stack().urls().events());
        URI portal = demo.stack().urls().portal();
        URI workspace = portal.resolve("/workspace/");
        signIn(demo, portal, workspace);
        long before = analyticsActivities();
        long recordedBefore = recorded();

        // Online: saved to the outbox and sent at once.
        record("Tuyên truyền phòng chống lừa đảo qua mạng", "2025-03-03", "40", "22");
        awaitPending(0);
        assertThat(recorded()).isEqualTo(recordedBefore + 1);
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> Boolean.TRUE.equals(
                script("return navigator.serviceWorker.controller !== null")));

        // Offline: the page opens from its service worker; two records wait in the outbox, also across a reload.
        network(false);
        browser.navigate().refresh();
        awaitReady();
        assertThat(script("return navigator.serviceWorker.controller !== null")).isEqualTo(true);
        assertThat(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/actuator/health', { cache: 'no-store' }).then(() => done('reached'), () => done('offline'))"))
                .isEqualTo("offline");
        record("Họp dân về an ninh trật tự thôn 1", "2025-03-10", "35", "15");
        awaitPending(1);
        record("Phát tờ rơi phòng chống ma túy", "2025-03-17", "60", "30");
        awaitPending(2);
        browser.navigate().refresh();
        awaitReady();
        awaitPending(2);
        assertThat(recorded()).isEqualTo(recordedBefore + 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> queued = (List<Map<String, Object>>) outbox();
        assertThat(queued).hasSize(2).allSatisfy(item -> assertThat(item.get("key")).isNotNull());

        // Back online: the outbox is sent (the "Send now" button; the online event and the timer do the same), and
        // each record counts once.
        network(true);
        browser.findElement(By.id("sync")).click();
        awaitPending(0);
        assertThat(recorded()).isEqualTo(recordedBefore + 3);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(analyticsActivities()).isEqualTo(before + 3));
        Path phone = screenshot(360, "workspace-360.png");
        screenshot(1366, "workspace-1366.png");
        assertThat(phone).exists();

        // The same outbox sent again, twice at once: the keys make each a replay, nothing is recorded twice.
        for (Map<String, Object> item : queued) {
            browser.executeAsyncScript(PUT_BACK, item);
        }
        script("document.querySelector('#sync').click(); document.querySelector('#sync').click();");
        awaitPending(0);
        assertThat(recorded()).isEqualTo(recordedBefore + 3);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(analyticsActivities()).isEqualTo(before + 3));

        // Refused (more women than participants): stays in the outbox with the reason, beside the field too.
        record("Số liệu nhập nhầm", "2025-03-20", "10", "20");
        WebElement refused = new WebDriverWait(browser, PAGE_TIMEOUT).until(driver ->
                driver.findElements(By.cssSelector("#outbox-list li[data-state='refused']")).stream().findFirst()
                        .orElse(null));
        assertThat(refused.findElement(By.cssSelector("[data-part='reason']")).getText()).isNotBlank();
        // The form opens the refused record for correction once the sync has answered, its reason beside the field.
        assertThat(awaitVisible("#error-women").getText()).isNotBlank();
        browser.navigate().refresh();
        awaitReady();
        awaitPending(1);
        assertThat(browser.findElements(By.cssSelector("#outbox-list li[data-state='refused'] [data-part='reason']")))
                .hasSize(1);
        assertThat(recorded()).isEqualTo(recordedBefore + 3);

        // A spreadsheet: the template comes through the relay in the person's language; a file of two rows, one of
        // them refused, is answered row by row; the same file again records nothing twice.
        assertThat(String.valueOf(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('../api/events/v1/activities/import/template', { headers: { 'Accept-Language': 'vi' } })"
                + ".then((r) => done(r.status + ' ' + r.headers.get('Content-Type') + ' '"
                + " + r.headers.get('Content-Disposition')), (e) => done(String(e)))")))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contains("mau-nhap-hoat-dong.xlsx");
        Path file = Files.createTempFile("nhap-hoat-dong", ".csv");
        Files.writeString(file, "level,province,commune,kind,title,startDate,participants,women\n"
                + "COMMUNE,62," + DemoAccounts.COMMUNE + ",VILLAGE_MEETING,Họp dân nhập từ bảng tính,2025-04-02,30,10\n"
                + "COMMUNE,62," + DemoAccounts.COMMUNE + ",VILLAGE_MEETING,Số liệu sai trong bảng tính,2025-04-03,30,40\n");
        try {
            importFile(file, "2 dòng: 1 dòng đã ghi nhận, 0 dòng đã có từ trước, 1 dòng bị từ chối.");
            List<WebElement> rows = browser.findElements(By.cssSelector("#import-rows tbody tr"));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getText()).startsWith("2 Đã ghi nhận");
            assertThat(rows.get(1).getAttribute("data-outcome")).isEqualTo("REJECTED");
            assertThat(rows.get(1).findElements(By.tagName("td")).get(2).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("import-rejected")).isDisplayed()).isTrue();
            importFile(file, "2 dòng: 0 dòng đã ghi nhận, 1 dòng đã có từ trước, 1 dòng bị từ chối.");
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(recorded()).isEqualTo(recordedBefore + 4);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(analyticsActivities()).isEqualTo(before + 4));
    }

    /** Sends a file through the workspace's import and waits for its summary. */
    private void importFile(Path file, String summary) {
        WebElement input = browser.findElement(By.id("import-file"));
        input.clear();
        input.sendKeys(file.toString());
        browser.findElement(By.id("import-send")).click();
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "import: "
                        + browser.findElement(By.id("import-status")).getText() + " / "
                        + browser.findElement(By.id("import-summary")).getText())
                .until(driver -> driver.findElement(By.id("import-result")).isDisplayed()
                        && summary.equals(driver.findElement(By.id("import-summary")).getText()));
    }

    /** Puts an outbox item back as it was before it was sent (its body and Idempotency-Key). */
    private static final String PUT_BACK = "const item = arguments[0], done = arguments[arguments.length - 1];"
            + "const open = indexedDB.open('antq-workspace', 1);"
            + "open.onsuccess = () => { const tx = open.result.transaction('outbox', 'readwrite');"
            + "  tx.objectStore('outbox').put(item); tx.oncomplete = () => { open.result.close(); done(true); }; };";

    private Object outbox() {
        return browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const open = indexedDB.open('antq-workspace', 1);"
                + "open.onsuccess = () => { const r = open.result.transaction('outbox').objectStore('outbox').getAll();"
                + "  r.onsuccess = () => { open.result.close(); done(r.result); }; };");
    }

    private void signIn(DemoStack demo, URI portal, URI workspace) {
        token = chrome.signIn(demo, workspace, StackBrowser.demoPerson(demo, AGENCY, DemoAccounts.COMMUNE, "RECORDER"));
        awaitReady();
        assertThat(browser.getCurrentUrl()).startsWith(workspace.toString());
    }

    private void record(String title, String date, String participants, String women) {
        WebElement titleField = browser.findElement(By.id("f-title"));
        titleField.clear();
        titleField.sendKeys(title);
        new Select(browser.findElement(By.id("f-kind"))).selectByIndex(1);
        new Select(browser.findElement(By.id("f-channel"))).selectByIndex(1);
        script("document.querySelector('#f-startDate').value = arguments[0]", date);
        browser.findElement(By.id("f-participants")).sendKeys(participants);
        browser.findElement(By.id("f-women")).sendKeys(women);
        browser.findElement(By.id("save")).click();
    }

    private void network(boolean online) {
        chrome.network(online);
    }

    private void awaitReady() {
        chrome.awaitReady();
    }

    private void awaitPending(int count) {
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "pending: "
                        + browser.findElement(By.id("pending-count")).getText() + ", sync: "
                        + script("return document.body.dataset.sync") + " " + browser.findElement(By.id("sync-state")).getText())
                .until(driver -> String.valueOf(count).equals(driver.findElement(By.id("pending-count")).getText())
                        && !"sending".equals(script("return document.body.dataset.sync")));
    }

    private WebElement awaitVisible(String css) {
        return chrome.awaitVisible(css);
    }

    /** The commune's activities of the agency in 2025, as analytics counts them. */
    private long analyticsActivities() {
        return analytics.get("/api/v1/analytics/participation?agency=" + AGENCY + "&locality=" + DemoAccounts.COMMUNE
                + "&" + PERIOD, token, Set.of(200)).body().path("totals").path("activities").asLong();
    }

    /** The commune's activities of the agency in 2025, as event-service holds them. */
    private long recorded() {
        return events.get("/api/v1/activities?agency=" + AGENCY + "&locality=" + DemoAccounts.COMMUNE
                + "&from=2025-01-01&to=2025-12-31&size=1", token, Set.of(200)).body().path("totalItems").asLong();
    }

    private Path screenshot(int width, String name) throws IOException {
        return chrome.screenshot(width, name);
    }

    private Object script(String script, Object... args) {
        return chrome.script(script, args);
    }
}
