package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import vn.antq.kit.security.Role;
import vn.antq.stack.demo.DemoAccounts;

/**
 * The workspace's models view ({@code /workspace/#models}) in Chromium, end to end on the demo stack, as the Farmers'
 * Union's recorder of the demo commune (Xã Tân Cảnh, 23437; no other browser test signs in as them): a model founded
 * in 2025-03 registered online and found in the list and in model-service; its status changed twice (each with the
 * ETag of the last answer); the periods it has not reported shown as late; the network cut, the page opened again
 * from its service worker with the list and the model kept on the device, a report filed into the outbox, the page
 * reloaded (still waiting); the network back and "Gửi ngay" pressed: the report exists exactly once in model-service,
 * also when the sent item is put back with its key and sent again; a report with a count no model can have stays in
 * the outbox with its reason, beside its field too; and, since Tân Cảnh was merged into Xã Đăk Tô (51, 23401) in the
 * 2025 reform, the model offered re-homing and moved there.
 * <p>
 * Writes {@code target/workspace-models-360.png} and {@code target/workspace-models-1366.png}.
 */
@ExtendWith(DemoStackExtension.class)
class WorkspaceModelsBrowserIT {

    private static final Duration PAGE_TIMEOUT = StackBrowser.PAGE_TIMEOUT;
    private static final String AGENCY = "FARMERS";

    private static StackBrowser chrome;
    private static ChromeDriver browser;

    private ServiceClient models;
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
    void registersChangesReportsOfflineAndRehomes(DemoStack demo) throws IOException {
        assertThat(demo.firstLoad().caughtUp()).as(demo.firstLoad().describe()).isTrue();
        models = new ServiceClient(demo.stack().urls().models());
        URI workspace = demo.stack().urls().portal().resolve("/workspace/");
        token = chrome.signIn(demo, workspace, StackBrowser.demoPerson(demo, AGENCY, DemoAccounts.COMMUNE, "RECORDER"));
        chrome.awaitReady();
        browser.findElement(By.cssSelector("#views a[href='#models']")).click();
        chrome.awaitVisible("#model-form");

        // Registered online, in the person's own commune; in the list and in model-service.
        // "Câu lạc bộ" sorts before the demo's "Mô hình ...": the model is on the first page (by agency, name).
        String name = "Câu lạc bộ nông dân giữ gìn an ninh thôn Đắk Rơ Wang " + UUID.randomUUID().toString().substring(0, 6);
        type("#m-name", name);
        new Select(browser.findElement(By.id("m-type"))).selectByIndex(1);
        chrome.script("document.querySelector('#m-establishedOn').value = arguments[0]", "2025-03-15");
        type("#m-members", "12");
        type("#m-village", "Thôn Đắk Rơ Wang");
        browser.findElement(By.id("model-save")).click();
        wait("the registration", driver -> text("#model-form-status").startsWith("Đã đăng ký mô hình")
                && !String.valueOf(chrome.script("return document.querySelector('#model-detail-card').dataset.id || ''"))
                .isEmpty());
        String id = String.valueOf(chrome.script("return document.querySelector('#model-detail-card').dataset.id"));
        wait("the registered model opened", driver -> text("#model-detail-title").equals(name)
                && !driver.findElements(By.cssSelector("#model-detail-status[data-status='ACTIVE']")).isEmpty());
        wait("the model in the list", driver -> !driver.findElements(By.cssSelector(row(id))).isEmpty());
        assertThat(browser.findElement(By.cssSelector(row(id))).getText()).contains(name);
        JsonNode model = model(id, token);
        assertThat(model.path("name").asString()).isEqualTo(name);
        assertThat(model.path("agency").asString()).isEqualTo(AGENCY);
        assertThat(model.path("establishedOn").asString()).isEqualTo("2025-03-15");
        assertThat(model.path("locality").path("commune").asString()).isEqualTo(DemoAccounts.COMMUNE);
        assertThat(model.path("members").asLong()).isEqualTo(12);
        assertThat(model.path("village").asString()).isEqualTo("Thôn Đắk Rơ Wang");

        // Its status changed, and back: each move with If-Match from the answer before it.
        changeStatus("SUSPENDED", "Tạm dừng để kiện toàn tổ");
        assertThat(model(id, token).path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(model(id, token).path("statusReason").asString()).isEqualTo("Tạm dừng để kiện toàn tổ");
        changeStatus("ACTIVE", "");
        assertThat(model(id, token).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(model(id, token).path("version").asLong()).isEqualTo(3);

        // Due and late: nothing reported since 2025-03, so every quarter since is late (the browser's clock is today's).
        assertThat(browser.findElements(By.cssSelector("#model-due li[data-due='late']"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#model-due li[data-period='2025-Q2']")).getAttribute("data-due"))
                .isEqualTo("late");
        assertThat(text("#model-due-note")).isNotBlank();
        wait("the service worker", driver -> Boolean.TRUE.equals(
                chrome.script("return navigator.serviceWorker.controller !== null")));

        // What analytics counts for the commune's models before the report (as of a day after the model's founding).
        String ops = demo.stack().tokens().issue("ops.kontum", "POLICE", List.of(Role.OPS), null, Duration.ofHours(1));
        ServiceClient analytics = new ServiceClient(demo.stack().urls().analytics());
        String modelsOfCommune = "/api/v1/analytics/models?agency=" + AGENCY + "&locality=" + DemoAccounts.COMMUNE
                + "&asOf=2025-06-30";
        JsonNode before = analytics.get(modelsOfCommune, ops, Set.of(200)).body().path("reportTotals");

        // Offline: the page opens from its service worker, the list and the model from what the device kept; the
        // report waits in the outbox, also across a reload.
        chrome.network(false);
        browser.navigate().refresh();
        chrome.awaitReady();
        wait("the kept list", driver -> !driver.findElements(By.cssSelector(row(id))).isEmpty()
                && text("#model-list-message").startsWith("Không có mạng"));
        browser.findElement(By.cssSelector(row(id) + " .model-open")).click();
        wait("the kept model", driver -> text("#model-detail-title").equals(name)
                && text("#model-detail-message").startsWith("Không có mạng"));
        fileReport("2025-Q2", "12", "3");
        awaitPending(1);
        browser.navigate().refresh();
        chrome.awaitReady();
        awaitPending(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> queued = (List<Map<String, Object>>) outbox();
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).get("kind")).isEqualTo("modelReport");
        assertThat(queued.get(0).get("key")).isNotNull();
        assertThat(((Map<?, ?>) queued.get(0).get("target")).get("modelId")).isEqualTo(id);
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) queued.get(0).get("body");
        assertThat(sent).containsOnlyKeys("period", "meetings", "mediations", "tipsReported", "offendersSupported",
                "incidents", "membersAtPeriodEnd", "notes");
        assertThat(text("#outbox-list")).contains(name + " · 2025-Q2");
        assertThat(reports(id).path("totalItems").asLong()).isZero();

        // Back online, "Gửi ngay": the report exists once; the same item sent again (its key) records nothing more.
        chrome.network(true);
        browser.findElement(By.id("sync")).click();
        awaitPending(0);
        JsonNode filed = reports(id);
        assertThat(filed.path("totalItems").asLong()).isEqualTo(1);
        assertThat(filed.path("items").path(0).path("period").asString()).isEqualTo("2025-Q2");
        assertThat(filed.path("items").path(0).path("meetings").asLong()).isEqualTo(3);
        assertThat(filed.path("items").path(0).path("membersAtPeriodEnd").asLong()).isEqualTo(12);
        browser.executeAsyncScript(PUT_BACK, queued.get(0));
        browser.findElement(By.id("sync")).click();
        awaitPending(0);
        assertThat(reports(id).path("totalItems").asLong()).isEqualTo(1);
        assertThat(reports(id).path("items").path(0).path("version").asLong()).isEqualTo(1);
        // ... and analytics counts it once: one report and its three meetings more, also after the second send.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode after = analytics.get(modelsOfCommune, ops, Set.of(200)).body().path("reportTotals");
            assertThat(after.path("reports").asLong()).isEqualTo(before.path("reports").asLong() + 1);
            assertThat(after.path("meetings").asLong()).isEqualTo(before.path("meetings").asLong() + 3);
        });

        // The page shows it: the model (opened again once sent) lists the report and no longer owes 2025-Q2.
        if (!id.equals(chrome.script("return document.querySelector('#model-detail-card').dataset.id || ''"))) {
            browser.findElement(By.cssSelector(row(id) + " .model-open")).click();
        }
        wait("the report in the page", driver -> !driver.findElements(
                By.cssSelector("#model-reports tbody tr[data-period='2025-Q2']")).isEmpty()
                && driver.findElements(By.cssSelector("#model-due li[data-period='2025-Q2']")).isEmpty());

        // Refused (more meetings than a model can hold in a quarter): stays in the outbox with the reason, beside the
        // field too, also after a reload; nothing is recorded.
        fileReport("2025-Q3", "12", "5000000");
        WebElement refused = new WebDriverWait(browser, PAGE_TIMEOUT).until(driver ->
                driver.findElements(By.cssSelector("#outbox-list li[data-state='refused']")).stream().findFirst()
                        .orElse(null));
        assertThat(refused.findElement(By.cssSelector("[data-part='reason']")).getText()).isNotBlank();
        assertThat(chrome.awaitVisible("#report-error-meetings").getText()).isNotBlank();
        assertThat(reports(id).path("totalItems").asLong()).isEqualTo(1);
        browser.navigate().refresh();
        chrome.awaitReady();
        awaitPending(1);
        assertThat(browser.findElements(By.cssSelector("#outbox-list li[data-state='refused'] [data-part='reason']")))
                .hasSize(1);
        // The page is ready before the models view has loaded its list: wait for the model's row.
        wait("the list after the reload",
                driver -> !driver.findElements(By.cssSelector(row(id) + " .model-open")).isEmpty());
        browser.findElement(By.cssSelector(row(id) + " .model-open")).click();
        chrome.awaitVisible("#model-rehoming");
        chrome.script("window.scrollTo(0, 0)");
        Path phone = chrome.screenshot(360, "workspace-models-360.png");
        chrome.screenshot(1366, "workspace-models-1366.png");
        assertThat(phone).exists();

        // Re-homed: Tân Cảnh went whole into Xã Đăk Tô in 2025, which the page offers, and the model moves there from
        // 2025-07-01, its old commune kept in its history.
        assertThat(new Select(browser.findElement(By.id("m-rehome-to"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("51:23401");
        browser.findElement(By.id("m-rehome-save")).click();
        wait("the re-homing", driver -> text("#m-status-state").startsWith("Đã chuyển mô hình")
                && !driver.findElement(By.id("model-rehoming")).isDisplayed());
        JsonNode moved = model(id, ops);
        assertThat(moved.path("locality").path("province").asString()).isEqualTo("51");
        assertThat(moved.path("locality").path("commune").asString()).isEqualTo("23401");
        assertThat(moved.path("localitySince").asString()).isEqualTo("2025-07-01");
        assertThat(moved.path("formerLocalities").path(0).path("commune").asString()).isEqualTo(DemoAccounts.COMMUNE);
    }

    /**
     * A district's recorder picks the commune: a police officer of Huyện Cư Kuin (Đắk Lắk, 657; made for this test
     * through identity-service's account administration, disabled at its end) is offered the district's communes in
     * force on the founding day, and none for a day after the 2025 reform (the account's unit is a 2019-2024 one). The
     * model registered in Xã Ea BHốk (24550), which the reform split between Xã Dray Bhăng (24561, its default
     * successor) and Xã Ea Ktur (24544): the page says so, offers both with the default suggested, and the person moves
     * it to the other one.
     */
    @Test
    void aDistrictRecorderRegistersInACommuneOfTheDistrictAndRehomesAfterASplit(DemoStack demo) {
        assertThat(demo.firstLoad().caughtUp()).as(demo.firstLoad().describe()).isTrue();
        models = new ServiceClient(demo.stack().urls().models());
        ServiceClient identity = new ServiceClient(demo.stack().urls().identity());
        String admin = demo.stack().tokens().issue("admin.kontum", "POLICE", List.of(Role.OPS, Role.ADMIN), null,
                Duration.ofHours(1));
        String username = "police.cukuin.recorder." + UUID.randomUUID().toString().substring(0, 6);
        JsonNode created = identity.postJson("/api/v1/accounts", admin, Map.of("username", username,
                "displayName", "Cán bộ cập nhật, Công an huyện Cư Kuin", "roles", List.of("RECORDER"),
                "locality", Map.of("code", "657", "structure", "Y2019")), Map.of(), Set.of(201)).body();
        try {
            URI workspace = demo.stack().urls().portal().resolve("/workspace/");
            chrome.signIn(workspace, username, created.path("initialPassword").asString());
            chrome.awaitReady();
            token = demo.stack().tokens().issue(username, "POLICE", List.of(Role.RECORDER), "657", Duration.ofHours(1));
            browser.findElement(By.cssSelector("#views a[href='#models']")).click();
            chrome.awaitVisible("#model-form");

            // After the reform the district's account has no commune to offer; on the founding day, the district's.
            setDate("#m-establishedOn", "2025-08-01");
            wait("no commune after the reform", driver -> offered("#m-locality").isEmpty()
                    && text("#model-place-note").contains("2025"));
            assertThat(browser.findElement(By.id("model-save")).isEnabled()).isFalse();
            setDate("#m-establishedOn", "2025-03-20");
            wait("the district's communes", driver -> offered("#m-locality").contains("24550"));
            assertThat(offered("#m-locality")).hasSizeGreaterThan(1).doesNotContain(DemoAccounts.COMMUNE);

            String name = "Tổ tự quản an ninh trật tự buôn Ea BHốk " + UUID.randomUUID().toString().substring(0, 6);
            type("#m-name", name);
            new Select(browser.findElement(By.id("m-type"))).selectByIndex(1);
            type("#m-members", "9");
            new Select(browser.findElement(By.id("m-locality"))).selectByValue("24550");
            browser.findElement(By.id("model-save")).click();
            wait("the registration", driver -> text("#model-form-status").startsWith("Đã đăng ký mô hình")
                    && !String.valueOf(chrome.script(
                            "return document.querySelector('#model-detail-card').dataset.id || ''")).isEmpty());
            String id = String.valueOf(chrome.script("return document.querySelector('#model-detail-card').dataset.id"));
            JsonNode model = model(id, token);
            assertThat(model.path("locality").path("province").asString()).isEqualTo("66");
            assertThat(model.path("locality").path("district").asString()).isEqualTo("657");
            assertThat(model.path("locality").path("commune").asString()).isEqualTo("24550");

            // Split in 2025: both successors offered, the default one suggested; the person chooses the other.
            chrome.awaitVisible("#model-rehoming");
            assertThat(text("#model-rehoming-text")).contains("chia cho nhiều xã mới");
            Select to = new Select(browser.findElement(By.id("m-rehome-to")));
            assertThat(offered("#m-rehome-to")).containsExactlyInAnyOrder("66:24561", "66:24544");
            assertThat(to.getFirstSelectedOption().getAttribute("value")).isEqualTo("66:24561");
            assertThat(to.getFirstSelectedOption().getText()).contains("Xã Dray Bhăng", "đề xuất");
            to.selectByValue("66:24544");
            browser.findElement(By.id("m-rehome-save")).click();
            wait("the re-homing", driver -> text("#m-status-state").startsWith("Đã chuyển mô hình")
                    && text("#m-status-state").contains("Xã Ea Ktur")
                    && !driver.findElement(By.id("model-rehoming")).isDisplayed());
            String ops = demo.stack().tokens().issue("ops.kontum", "POLICE", List.of(Role.OPS), null,
                    Duration.ofHours(1));
            JsonNode moved = model(id, ops);
            assertThat(moved.path("locality").path("province").asString()).isEqualTo("66");
            assertThat(moved.path("locality").path("commune").asString()).isEqualTo("24544");
            assertThat(moved.path("localitySince").asString()).isEqualTo("2025-07-01");
            assertThat(moved.path("formerLocalities").path(0).path("commune").asString()).isEqualTo("24550");
        } finally {
            identity.postJson("/api/v1/accounts/" + username + "/disable", admin, Map.of(), Map.of(), Set.of(200));
        }
    }

    /** Types a date into a date field as a person does, so that the page hears the change. */
    private void setDate(String css, String isoDay) {
        chrome.script("const field = document.querySelector(arguments[0]); field.value = arguments[1];"
                + "field.dispatchEvent(new Event('change', { bubbles: true }));", css, isoDay);
    }

    private List<String> offered(String css) {
        return browser.findElement(By.cssSelector(css)).findElements(By.tagName("option")).stream()
                .map(one -> one.getAttribute("value")).toList();
    }

    private void changeStatus(String status, String reason) {
        wait("the move to " + status, driver -> !driver.findElements(
                By.cssSelector("#m-status-to option[value='" + status + "']")).isEmpty());
        new Select(browser.findElement(By.id("m-status-to"))).selectByValue(status);
        WebElement field = browser.findElement(By.id("m-status-reason"));
        field.clear();
        if (!reason.isEmpty()) {
            field.sendKeys(reason);
        }
        browser.findElement(By.id("m-status-save")).click();
        wait("the status " + status, driver -> {
            List<WebElement> shown = driver.findElements(By.id("model-detail-status"));
            return !shown.isEmpty() && status.equals(shown.get(0).getAttribute("data-status"))
                    && text("#m-status-state").equals("Đã đổi tình trạng.");
        });
    }

    private void fileReport(String period, String members, String meetings) {
        type("#r-period", period);
        type("#r-membersAtPeriodEnd", members);
        type("#r-meetings", meetings);
        browser.findElement(By.id("report-save")).click();
    }

    private void type(String css, String value) {
        WebElement field = browser.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(value);
    }

    private static String row(String id) {
        return "#models tbody tr[data-id='" + id + "']";
    }

    private String text(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private void wait(String what, Function<WebDriver, Boolean> until) {
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> what + ": form " + text("#model-form-status") + " "
                        + text("#model-form .form-error") + " / list " + text("#model-list-message") + " / detail "
                        + text("#model-detail-message") + " " + text("#m-status-state") + " " + text("#status-form .form-error")
                        + " " + text("#rehome-form .form-error"))
                .until(until);
    }

    private void awaitPending(int count) {
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "pending: " + text("#pending-count") + ", sync: "
                        + chrome.script("return document.body.dataset.sync") + " " + text("#sync-state"))
                .until(driver -> String.valueOf(count).equals(text("#pending-count"))
                        && !"sending".equals(chrome.script("return document.body.dataset.sync")));
    }

    private JsonNode model(String id, String bearer) {
        return models.get("/api/v1/models/" + id, bearer, Set.of(200)).body();
    }

    private JsonNode reports(String id) {
        return models.get("/api/v1/models/" + id + "/reports", token, Set.of(200)).body();
    }

    /** Puts an outbox item back as it was before it was sent (its body, target and Idempotency-Key). */
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
}
