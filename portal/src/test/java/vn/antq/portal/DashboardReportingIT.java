package vn.antq.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.antq.contracts.common.Vocabulary;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.Role;

/**
 * The dashboard's reporting completeness (units x periods, each cell's state in words and symbol as well as colour,
 * the rates per period and per unit) drawn in Chromium from a known analytics answer, on a desktop and on a 360-px
 * phone, and the count of the reports waiting for an approver, which a recorder does not see.
 */
@PortalTest
class DashboardReportingIT {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String> PERIODS = List.of("2024-01", "2024-02", "2024-03");
    /** unit, level, name, district code, district name, then per period: state (- for nothing sent) and L when late. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"62", "PROVINCE", "Tỉnh Kon Tum", "", "", "APPROVED", "APPROVED", "SUBMITTED"},
            new String[] {"617", "DISTRICT", "Huyện Kon Rẫy", "617", "Huyện Kon Rẫy", "APPROVED", "SUBMITTED L", "OPEN"},
            new String[] {"23491", "COMMUNE", "Xã Đắk Pne", "617", "Huyện Kon Rẫy", "APPROVED L", "APPROVED", "APPROVED"},
            new String[] {"23488", "COMMUNE", "Xã Đắk Ruồng", "617", "Huyện Kon Rẫy", "-", "RETURNED", "SUBMITTED"},
            new String[] {"611", "DISTRICT", "Huyện Kon Plông", "611", "Huyện Kon Plông", "APPROVED", "APPROVED L", "RETURNED"},
            new String[] {"23500", "COMMUNE", "Xã Măng Cành", "611", "Huyện Kon Plông", "APPROVED", "-", "-"});
    /** The order people read: the province, then each district (by name) with its communes under it. */
    private static final List<String> READING_ORDER = List.of("62", "611", "23500", "617", "23491", "23488");
    private static final int AWAITING_PER_SERVICE = 7;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.startOrSkip();
        TestPlatform.backend().answer("/api/v1/analytics/reporting", reportingAnswer());
        // Both recording services answer through the one stub: each says this many reports wait.
        TestPlatform.backend().answer("/api/v1/periods", "{\"items\":[" + awaitingItem() + "],\"page\":0,\"size\":1,"
                + "\"totalItems\":" + AWAITING_PER_SERVICE + ",\"totalPages\":" + AWAITING_PER_SERVICE + "}");
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void signedOutOnADesktop() {
        browser.forgetEveryone();
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theGridShowsEachUnitsStateInWordsAndTheRatesOfTheAnswer() {
        openDashboardAs(Set.of(Role.RECORDER));

        WebElement table = completenessReady();
        List<String> order = table.findElements(By.cssSelector("tbody th[data-unit]")).stream()
                .map(th -> th.getDomAttribute("data-unit")).toList();
        assertThat(order).isEqualTo(READING_ORDER);
        assertThat(table.findElements(By.cssSelector("thead th.period")).stream().map(WebElement::getText))
                .containsExactly("01/2024", "02/2024", "03/2024");
        for (String[] unit : UNITS) {
            List<WebElement> cells = table.findElements(By.xpath(
                    "//tbody/tr[th[@data-unit='" + unit[0] + "']]/td[contains(@class,'cell')]"));
            assertThat(cells).as(unit[2]).hasSize(PERIODS.size());
            for (int i = 0; i < PERIODS.size(); i++) {
                String planted = unit[5 + i];
                String state = planted.startsWith("-") ? "NONE" : planted.split(" ")[0];
                String words = state.equals("NONE") ? "Chưa gửi" : Vocabulary.label("periodState", state, VI);
                if (planted.endsWith(" L")) {
                    words += ", gửi trễ hạn";
                }
                WebElement cell = cells.get(i);
                assertThat(cell.getDomAttribute("data-state")).as(unit[2] + " " + PERIODS.get(i)).isEqualTo(state);
                assertThat(cell.findElement(By.cssSelector(".visually-hidden")).getDomProperty("textContent"))
                        .as(unit[2] + " " + PERIODS.get(i)).isEqualTo(words);
                assertThat(cell.getDomAttribute("class")).contains("state-" + state.toLowerCase(Locale.ROOT));
            }
            WebElement row = table.findElement(By.xpath("//tbody/tr[th[@data-unit='" + unit[0] + "']]"));
            List<String> planted = List.of(unit).subList(5, 5 + PERIODS.size());
            assertThat(row.findElement(By.cssSelector("td.rate:nth-last-child(2)")).getText()).as(unit[2])
                    .isEqualTo(percent(planted.stream().filter(DashboardReportingIT::sent).count(), PERIODS.size()));
            assertThat(row.findElement(By.cssSelector("td.rate:last-child")).getText()).as(unit[2])
                    .isEqualTo(percent(planted.stream().filter(DashboardReportingIT::onTime).count(), PERIODS.size()));
        }
        // The rates per period and in all, under the grid, as the answer gives them.
        List<String> reporting = footer(table, "reportingRate");
        List<String> onTime = footer(table, "onTimeRate");
        for (int i = 0; i < PERIODS.size(); i++) {
            int period = i;
            List<String> column = UNITS.stream().map(unit -> unit[5 + period]).toList();
            assertThat(reporting.get(i)).as(PERIODS.get(i))
                    .isEqualTo(percent(column.stream().filter(DashboardReportingIT::sent).count(), UNITS.size()));
            assertThat(onTime.get(i)).as(PERIODS.get(i))
                    .isEqualTo(percent(column.stream().filter(DashboardReportingIT::onTime).count(), UNITS.size()));
        }
        List<String> all = UNITS.stream().flatMap(unit -> List.of(unit).subList(5, 5 + PERIODS.size()).stream()).toList();
        assertThat(reporting.get(PERIODS.size())).isEqualTo(percent(all.stream().filter(DashboardReportingIT::sent).count(), all.size()));
        assertThat(onTime.get(PERIODS.size() + 1)).isEqualTo(percent(all.stream().filter(DashboardReportingIT::onTime).count(), all.size()));
        // A legend says what each colour and symbol means, with how many cells show it.
        WebElement legend = browser.await("#view-completeness [data-part='legend']");
        assertThat(legend.findElement(By.cssSelector("[data-state='NONE']")).getText())
                .endsWith("Chưa gửi (" + all.stream().filter(s -> s.startsWith("-")).count() + ")");
        assertThat(legend.findElement(By.cssSelector("[data-state='APPROVED']")).getText()).endsWith(
                Vocabulary.label("periodState", "APPROVED", VI) + " ("
                        + all.stream().filter(s -> s.startsWith("APPROVED")).count() + ")");

        StubBackend.Seen asked = TestPlatform.backend().seen("/api/v1/analytics/reporting");
        assertThat(asked.authorization()).startsWith("Bearer ");
        assertThat(query(asked.query())).containsEntry("dataSet", "ACTIVITIES").containsEntry("agency", "WOMEN_UNION")
                .containsEntry("from", "2024-01").containsEntry("to", "2024-12");
    }

    @Test
    void onAPhoneOnlyTheGridScrollsSideways() {
        openDashboardAs(Set.of(Role.RECORDER));
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", false));
        browser.driver().navigate().refresh();

        completenessReady();
        Number page = (Number) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Number grid = (Number) browser.driver().executeScript("const wrap = document.querySelector('#view-completeness"
                + " .grid-wrap'); return wrap.scrollWidth - wrap.clientWidth");
        Object wider = browser.driver().executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > 360.5 && !(e.parentElement && e.parentElement.closest('.grid-wrap, .table-wrap')))"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".slice(0, 12).join('; ')");
        assertThat((Number) browser.driver().executeScript("return window.innerWidth")).as("%s", wider).isEqualTo(360L);
        assertThat(page.longValue()).as("the page's own sideways overflow: %s", wider).isLessThanOrEqualTo(0);
        assertThat(grid.longValue()).as("the grid scrolls sideways").isPositive();
        // The unit column stays in view while the grid scrolls.
        Number unitLeft = (Number) browser.driver().executeScript("const wrap = document.querySelector('#view-completeness"
                + " .grid-wrap'); wrap.scrollLeft = wrap.scrollWidth; const th = wrap.querySelector('tbody th.unit');"
                + " return th.getBoundingClientRect().left - wrap.getBoundingClientRect().left");
        assertThat(unitLeft.doubleValue()).isBetween(-1.0, 2.0);
    }

    @Test
    void theApprovalCountSumsBothRecordingServicesAndListsTheirReports() {
        openDashboardAs(Set.of(Role.RECORDER));
        completenessReady();

        // The page's own module, as the top bar uses it for an approver, through the relay to both services.
        Object counted = browser.script("const done = arguments[arguments.length - 1];"
                + "import('/dashboard/assets/js/views/awaiting.js').then(async m => done([m.isApprover({roles: [{code:"
                + " 'APPROVER'}]}), m.isApprover({roles: [{code: 'RECORDER'}]}), await m.count(), (await m.list()).length]"
                + ".join('|'))).catch(e => done(String(e)));");

        // The one stub answers for both services: each says this many reports wait and lists one.
        assertThat(counted).isEqualTo("true|false|" + 2 * AWAITING_PER_SERVICE + "|2");
        assertThat(query(TestPlatform.backend().seen("/api/v1/periods").query())).containsEntry("awaiting", "true");
    }

    @Test
    void aRecorderSeesNoApprovalCount() {
        openDashboardAs(Set.of(Role.RECORDER));

        completenessReady();
        assertThat(browser.driver().findElement(By.id("awaiting")).isDisplayed()).isFalse();
    }

    private static void openDashboardAs(Set<Role> roles) {
        Account officer = PortalBrowserIT.account(roles, null);
        browser.open(TestPlatform.portalUrl() + "/dashboard/");
        browser.signIn(officer.username(), PortalBrowserIT.PASSWORD);
        try {
            browser.await("#user-name");
        } catch (RuntimeException e) {
            throw new AssertionError("Not on the dashboard: " + browser.driver().getCurrentUrl() + "\n"
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }

    private static WebElement completenessReady() {
        new WebDriverWait(browser.driver(), WAIT).until(driver -> "ready".equals(
                driver.findElement(By.id("view-completeness")).getDomAttribute("data-state")));
        return browser.await("#view-completeness [data-table='completeness']");
    }

    private static List<String> footer(WebElement table, String rate) {
        return table.findElements(By.cssSelector("tfoot tr[data-rate='" + rate + "'] td")).stream()
                .map(WebElement::getText).toList();
    }

    private static boolean sent(String planted) {
        return planted.startsWith("APPROVED") || planted.startsWith("SUBMITTED");
    }

    private static boolean onTime(String planted) {
        return sent(planted) && !planted.endsWith(" L");
    }

    /** A share as the page writes it in Vietnamese: 83,3%. */
    private static String percent(long count, long expected) {
        return BigDecimal.valueOf(count * 100.0 / expected).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',') + "%";
    }

    private static Double rate(long count, long expected) {
        return Math.round(count * 10000.0 / expected) / 10000.0;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts.length > 1 ? java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    /** GET /reporting's answer for the planted units, counted the way analytics-service counts. */
    private static String reportingAnswer() {
        List<String> rows = new ArrayList<>();
        List<String> byPeriod = new ArrayList<>();
        long allSent = 0;
        long allOnTime = 0;
        long allApproved = 0;
        long allReturned = 0;
        List<String> notReported = new ArrayList<>();
        for (int i = 0; i < PERIODS.size(); i++) {
            String period = PERIODS.get(i);
            long sent = 0;
            long onTime = 0;
            long approved = 0;
            long returned = 0;
            for (String[] unit : UNITS) {
                String planted = unit[5 + i];
                String state = planted.startsWith("-") ? null : planted.split(" ")[0];
                boolean isSent = sent(planted);
                boolean isOnTime = onTime(planted);
                sent += isSent ? 1 : 0;
                onTime += isOnTime ? 1 : 0;
                approved += "APPROVED".equals(state) ? 1 : 0;
                returned += "RETURNED".equals(state) ? 1 : 0;
                String stateJson = state == null ? "null" : "\"" + state + "\"";
                String stateName = state == null ? "null" : "\"" + Vocabulary.label("periodState", state, VI) + "\"";
                rows.add("{\"agency\":\"WOMEN_UNION\",\"agencyName\":\"Hội Liên hiệp Phụ nữ\",\"period\":\"" + period
                        + "\",\"unit\":\"" + unit[0] + "\",\"unitName\":\"" + unit[2] + "\",\"level\":\"" + unit[1]
                        + "\",\"levelName\":\"" + Vocabulary.label("level", unit[1], VI) + "\",\"province\":\"62\","
                        + "\"provinceName\":\"Tỉnh Kon Tum\",\"district\":" + nullable(unit[3]) + ",\"districtName\":"
                        + nullable(unit[4]) + ",\"commune\":" + nullable(unit[1].equals("COMMUNE") ? unit[0] : "")
                        + ",\"communeName\":" + nullable(unit[1].equals("COMMUNE") ? unit[2] : "") + ",\"state\":"
                        + stateJson + ",\"stateName\":" + stateName + ",\"expected\":1,\"submitted\":" + (isSent ? 1 : 0)
                        + ",\"approved\":" + ("APPROVED".equals(state) ? 1 : 0) + ",\"returned\":"
                        + ("RETURNED".equals(state) ? 1 : 0) + ",\"onTime\":" + (isOnTime ? 1 : 0) + ",\"records\":3,"
                        + "\"firstSubmittedOn\":" + (state == null ? "null" : "\"" + period + "-0" + (isOnTime ? 3 : 9) + "\"")
                        + ",\"daysAfterPeriodEnd\":null}");
                if (!isSent) {
                    notReported.add("{\"agency\":\"WOMEN_UNION\",\"period\":\"" + period + "\",\"unit\":\"" + unit[0]
                            + "\",\"unitName\":\"" + unit[2] + "\",\"level\":\"" + unit[1] + "\",\"state\":" + stateJson
                            + ",\"stateName\":" + stateName + "}");
                }
            }
            byPeriod.add(rates(period, UNITS.size(), sent, approved, returned, onTime));
            allSent += sent;
            allOnTime += onTime;
            allApproved += approved;
            allReturned += returned;
        }
        String totals = rates(null, (long) UNITS.size() * PERIODS.size(), allSent, allApproved, allReturned, allOnTime);
        return "{\"dataSet\":\"ACTIVITIES\",\"dataSetName\":\"" + Vocabulary.label("dataSet", "ACTIVITIES", VI)
                + "\",\"from\":\"2024-01\",\"to\":\"2024-12\",\"locality\":\"62\",\"localityName\":\"Tỉnh Kon Tum\","
                + "\"onTimeDay\":5,\"totals\":[" + totals + "],\"byPeriod\":[" + String.join(",", byPeriod) + "],"
                + "\"rows\":[" + String.join(",", rows) + "],\"notReported\":[" + String.join(",", notReported) + "],"
                + "\"asOf\":\"2026-12-06T10:00:00+07:00\"}";
    }

    private static String rates(String period, long expected, long sent, long approved, long returned, long onTime) {
        return "{\"agency\":\"WOMEN_UNION\",\"agencyName\":\"Hội Liên hiệp Phụ nữ\",\"cadence\":\"MONTHLY\",\"period\":"
                + (period == null ? "null" : "\"" + period + "\"") + ",\"expected\":" + expected + ",\"submitted\":" + sent
                + ",\"approved\":" + approved + ",\"returned\":" + returned + ",\"onTime\":" + onTime
                + ",\"reportingRate\":" + rate(sent, expected) + ",\"onTimeRate\":" + rate(onTime, expected) + "}";
    }

    private static String awaitingItem() {
        return "{\"id\":\"ACTIVITIES:WOMEN_UNION:23491:2024-04\",\"version\":1,\"dataSet\":\"ACTIVITIES\","
                + "\"agency\":\"WOMEN_UNION\",\"unit\":\"23491\",\"unitName\":\"Xã Đắk Pne\",\"level\":\"COMMUNE\","
                + "\"period\":\"2024-04\",\"periodStart\":\"2024-04-01\",\"periodEnd\":\"2024-04-30\","
                + "\"state\":\"SUBMITTED\",\"stateLabel\":\"" + Vocabulary.label("periodState", "SUBMITTED", VI) + "\","
                + "\"reason\":null,\"submittedBy\":\"thu.ha\",\"submittedAt\":\"2024-05-03T02:12:00Z\","
                + "\"firstSubmittedAt\":\"2024-05-03T02:12:00Z\",\"decidedBy\":null,\"decidedAt\":null,\"records\":12}";
    }

    private static String nullable(String text) {
        return text == null || text.isEmpty() ? "null" : "\"" + text + "\"";
    }
}
