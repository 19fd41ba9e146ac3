package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
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
        // The outbox reads 0 before the click's save reaches it too: wait for event-service to have the record.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recorded()).isEqualTo(recordedBefore + 1));
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

        // Back online, but the session ended meanwhile: nothing is sent, the queue waits for the person to sign in.
        network(true);
        browser.manage().deleteAllCookies();
        browser.findElement(By.id("sync")).click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver ->
                "signin".equals(script("return document.body.dataset.sync")));
        assertThat(browser.findElement(By.id("sign-in-link")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("pending-count")).getText()).isEqualTo("2");
        assertThat(recorded()).isEqualTo(recordedBefore + 1);

        // Signed in again: the outbox is sent as the page opens (the "Send now" button, the online event and the
        // timer do the same), and each record counts once.
        signIn(demo, portal, workspace);
        awaitPending(0);
        assertThat(recorded()).isEqualTo(recordedBefore + 3);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(analyticsActivities()).isEqualTo(before + 3));
        Path phone = screenshot(360, "workspace-360.png");
        screenshot(1366, "workspace-1366.png");
        assertThat(phone).exists();

        // The same outbox sent again, from two tabs at once (the second sends it as it opens, the first when pressed):
        // one tab sends at a time, and the keys make each a replay, so nothing is recorded twice.
        for (Map<String, Object> item : queued) {
            browser.executeAsyncScript(PUT_BACK, item);
        }
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String secondTab = browser.getWindowHandle();
        browser.get(workspace.toString());
        browser.switchTo().window(firstTab);
        script("document.querySelector('#sync').click(); document.querySelector('#sync').click();");
        browser.switchTo().window(secondTab);
        awaitReady();
        script("document.querySelector('#sync').click()");
        awaitPending(0);
        browser.close();
        browser.switchTo().window(firstTab);
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

            // The rejected row comes back as a file with the sheet's headings and its reasons; fixed, it is recorded.
            browser.findElement(By.id("import-rejected")).click();
            Path rejected = chrome.downloads().resolve("dong-bi-tu-choi.csv");
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(rejected) && Files.size(rejected) > 0);
            String rejectedRows = Files.readString(rejected, StandardCharsets.UTF_8);
            assertThat(rejectedRows).startsWith("\uFEFF\"level\"").contains("Lý do bị từ chối (rejectedBecause)",
                    "Số liệu sai trong bảng tính", "\"30\",\"40\"");
            assertThat(rejectedRows.lines().count()).isEqualTo(2);
            Files.writeString(file, rejectedRows.replace("\"30\",\"40\"", "\"30\",\"10\""), StandardCharsets.UTF_8);
            importFile(file, "1 dòng: 1 dòng đã ghi nhận, 0 dòng đã có từ trước, 0 dòng bị từ chối.");
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(recorded()).isEqualTo(recordedBefore + 5);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(analyticsActivities()).isEqualTo(before + 5));
    }

    /**
     * Item by item as an officer works on a recorded activity: the place picker offers the unit in force on the start
     * date (none after the 2025 reform for an account of a pre-reform commune); the list filtered by dates; one activity
     * opened from the list and corrected (If-Match), then corrected while someone else changed it (412: what differs is
     * shown, and the person keeps their version), then cancelled: analytics counts it no more.
     */
    @Test
    void opensCorrectsAndCancelsARecordedActivity(DemoStack demo) throws IOException {
        assertThat(demo.firstLoad().caughtUp()).as(demo.firstLoad().describe()).isTrue();
        analytics = new ServiceClient(demo.stack().urls().analytics());
        events = new ServiceClient(demo.stack().urls().events());
        URI portal = demo.stack().urls().portal();
        signIn(demo, portal, portal.resolve("/workspace/"));
        long before = analyticsActivities();

        // The place picker follows the start date: after the reform this account's commune is no unit any more.
        script("const d = document.querySelector('#f-startDate'); d.value = '2025-08-01';"
                + "d.dispatchEvent(new Event('change'))");
        assertThat(browser.findElement(By.id("save")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("place-note")).getText()).contains("2025");
        assertThat(new Select(browser.findElement(By.id("f-locality"))).getOptions()).isEmpty();
        script("const d = document.querySelector('#f-startDate'); d.value = '2025-05-05';"
                + "d.dispatchEvent(new Event('change'))");
        assertThat(browser.findElement(By.id("save")).isEnabled()).isTrue();
        assertThat(new Select(browser.findElement(By.id("f-locality"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(DemoAccounts.COMMUNE);

        // Recorded with a material of the library.
        Select materials = new Select(browser.findElement(By.id("f-materials")));
        assertThat(materials.getOptions()).isNotEmpty();
        String material = materials.getOptions().get(0).getDomAttribute("value");
        materials.selectByIndex(0);
        String title = "Họp dân tháng Năm về an ninh nông thôn";
        record(title, "2025-05-05", "50", "20");
        awaitPending(0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(analyticsActivities()).isEqualTo(before + 1));

        // The list filtered to May 2025 shows what the API answers for the same filter.
        script("document.querySelector('#filter-from').value = '2025-05-01';"
                + "document.querySelector('#filter-to').value = '2025-05-31'");
        browser.findElement(By.id("filter-apply")).click();
        long inMay = events.get("/api/v1/activities?agency=" + AGENCY + "&locality=" + DemoAccounts.COMMUNE
                + "&from=2025-05-01&to=2025-05-31&size=1", token, Set.of(200)).body().path("totalItems").asLong();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> String.valueOf(inMay).equals(
                driver.findElement(By.id("activities")).getDomAttribute("data-total")));
        String id = events.get("/api/v1/activities?agency=" + AGENCY + "&locality=" + DemoAccounts.COMMUNE
                + "&from=2025-05-05&to=2025-05-05&size=50", token, Set.of(200)).body().path("items").valueStream()
                .filter(item -> title.equals(item.path("title").asString())).findFirst().orElseThrow()
                .path("id").asString();

        // Opened and corrected.
        openFromList(id);
        assertThat(browser.findElement(By.id("f-participants")).getDomProperty("value")).isEqualTo("50");
        assertThat(new Select(browser.findElement(By.id("f-materials"))).getAllSelectedOptions())
                .extracting(option -> option.getDomAttribute("value")).containsExactly(material);
        replace("f-participants", "55");
        browser.findElement(By.id("save")).click();
        awaitFormStatus("Đã lưu thay đổi.");
        ServiceClient.Reply corrected = events.get("/api/v1/activities/" + id, token, Set.of(200));
        assertThat(corrected.body().path("participants").asLong()).isEqualTo(55);
        assertThat(corrected.body().path("materials").get(0).asString()).isEqualTo(material);

        // Someone else changes it while it is open here: the page shows what differs; the person keeps their version.
        openFromList(id);
        ServiceClient.Reply current = events.get("/api/v1/activities/" + id, token, Set.of(200));
        Map<String, Object> theirs = formOf(current.body());
        theirs.put("women", 25);
        events.putJson("/api/v1/activities/" + id, token, theirs, Map.of("If-Match", current.etag()), Set.of(200));
        replace("f-title", title + " (đã sửa)");
        browser.findElement(By.id("save")).click();
        WebElement conflict = awaitVisible("#conflict");
        assertThat(conflict.findElement(By.id("conflict-rows")).getText()).contains("Trong đó nữ", "20", "25",
                "Tên hoạt động");
        screenshot(360, "workspace-conflict-360.png");
        browser.findElement(By.id("conflict-mine")).click();
        awaitFormStatus("Đã lưu thay đổi.");
        ServiceClient.Reply kept = events.get("/api/v1/activities/" + id, token, Set.of(200));
        assertThat(kept.body().path("title").asString()).isEqualTo(title + " (đã sửa)");
        assertThat(kept.body().path("women").asLong()).isEqualTo(20);

        // Cancelled: it stays readable, and analytics counts it no more.
        openFromList(id);
        script("window.confirm = () => true");
        browser.findElement(By.id("cancel-activity")).click();
        awaitFormStatus("Đã hủy hoạt động.");
        assertThat(events.get("/api/v1/activities/" + id, token, Set.of(200)).body().path("status").asString())
                .isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(analyticsActivities()).isEqualTo(before));
    }

    /** The body of a PUT that changes nothing of an activity as the API shows it. */
    private static Map<String, Object> formOf(JsonNode view) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (String field : List.of("agency", "level", "kind", "channel", "title", "startDate", "endDate")) {
            form.put(field, view.path(field).isNull() ? null : view.path(field).asString());
        }
        for (String field : List.of("participants", "women", "ethnicMinority", "reach", "copies")) {
            form.put(field, view.path(field).asLong());
        }
        for (String field : List.of("partnerAgencies", "topics", "materials")) {
            form.put(field, view.path(field).valueStream().map(JsonNode::asString).toList());
        }
        Map<String, Object> locality = new LinkedHashMap<>();
        for (String field : List.of("province", "district", "commune")) {
            locality.put(field, view.path("locality").path(field).isNull() || view.path("locality").path(field).isMissingNode()
                    ? null : view.path("locality").path(field).asString());
        }
        form.put("locality", locality);
        return form;
    }

    private void openFromList(String id) {
        browser.navigate().refresh();
        awaitReady();
        script("document.querySelector('#filter-from').value = '2025-05-01';"
                + "document.querySelector('#filter-to').value = '2025-05-31'");
        browser.findElement(By.id("filter-apply")).click();
        // The list may be drawn again meanwhile (the sync at start reloads it): find the row and press it in one step.
        new WebDriverWait(browser, PAGE_TIMEOUT).ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("#activities tbody tr[data-id='" + id + "']"));
            if (rows.isEmpty()) {
                return false;
            }
            rows.get(0).findElement(By.tagName("button")).click();
            return true;
        });
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> id.equals(script("return document.body.dataset.revising")));
    }

    private void replace(String field, String value) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    private void awaitFormStatus(String text) {
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "form: "
                        + browser.findElement(By.id("form-status")).getText() + " / "
                        + browser.findElement(By.id("form-error")).getText())
                .until(driver -> text.equals(driver.findElement(By.id("form-status")).getText()));
    }

    /**
     * axe-core finds no serious or critical violation in any view of the workspace (activities, models, reviews and
     * awards), in Vietnamese on a desktop and in English on a phone.
     */
    @Test
    void hasNoSeriousAccessibilityViolationInAnyView(DemoStack demo) throws Exception {
        assertThat(demo.firstLoad().caughtUp()).as(demo.firstLoad().describe()).isTrue();
        URI portal = demo.stack().urls().portal();
        signIn(demo, portal, portal.resolve("/workspace/"));
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String language : List.of("vi", "en")) {
            if (!language.equals(script("return document.documentElement.lang"))) {
                browser.findElement(By.id("lang-switch")).click();
                new WebDriverWait(browser, PAGE_TIMEOUT).until(driver ->
                        language.equals(script("return document.documentElement.lang")));
            }
            // Vietnamese on a desktop, English on a phone: each language and each layout once.
            for (int width : language.equals("vi") ? new int[] {1366} : new int[] {360}) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                for (String view : List.of("activities", "models", "awards")) {
                    script("window.location.hash = arguments[0]", view);
                    new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> Boolean.TRUE.equals(script(
                            "return !document.querySelector('[data-view=\"' + arguments[0] + '\"]').hidden", view)));
                    found.put(language + " " + width + " " + view, chrome.seriousAccessibilityViolations());
                }
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        browser.findElement(By.id("lang-switch")).click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> "vi".equals(script("return document.documentElement.lang")));
        assertThat(found).allSatisfy((where, violations) -> assertThat(violations).as(where).isEmpty());
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
        script("const d = document.querySelector('#f-startDate'); d.value = arguments[0];"
                + "d.dispatchEvent(new Event('change'))", date);
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
