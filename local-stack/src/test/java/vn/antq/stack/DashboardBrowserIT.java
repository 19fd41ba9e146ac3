package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.antq.kit.security.Role;
import vn.antq.stack.demo.DemoAccounts;
import vn.antq.stack.demo.DemoDataSet;
import vn.antq.stack.demo.DemoOutcome;
import vn.antq.stack.demo.KonTumPlaces;
import vn.antq.stack.demo.PeriodPlan;
import vn.antq.stack.demo.Planted;

/**
 * The ops dashboard the portal serves at {@code /dashboard/}, in a real browser (headless Chromium driven by its
 * chromedriver) on the demo data, signed in as the demo's people with the passwords the stack hands out (changed at
 * the first sign-in, as identity-service requires). As ops staff of the province, every view is drawn and every
 * figure it shows equals what the API answers the same question; as the Women's Union recorder of a commune, the
 * page is limited to that commune and its figures are the API's for the same person; English relabels it; the views
 * download as CSV that spreadsheets read safely; signed out, the page sends the reader to sign in. Screenshots of the whole page go to {@code target/dashboard.png} (Vietnamese, 1920 wide) and
 * {@code target/dashboard-en-1366.png} (English, laptop width).
 * <p>
 * Skipped, saying why, where Chromium or chromedriver is not installed ({@code .ci/run} installs Debian's
 * {@code chromium} and {@code chromium-driver}; {@code -Dantq.chromium} and {@code -Dantq.chromedriver} point
 * elsewhere).
 */
@ExtendWith(DemoStackExtension.class)
class DashboardBrowserIT {

    private static final Logger log = LoggerFactory.getLogger(DashboardBrowserIT.class);
    private static final Path TARGET = StackBrowser.TARGET;
    private static final Duration PAGE_TIMEOUT = StackBrowser.PAGE_TIMEOUT;
    /** The period the dashboard opens with. */
    private static final String PERIOD = "from=2019-01&to=2024-12";
    private static final NumberFormat VIETNAMESE = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    private static final NumberFormat ENGLISH = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private static final List<String> CHARTS = List.of("participation", "channel-kind", "coordination", "awards", "models");
    /** Ops staff of the province, and the Women's Union's recorder of commune Tân Cảnh (demo accounts). */
    private static final String OPS = "ops.kontum";
    private static final String WOMEN_UNION_COMMUNE_RECORDER = "women-union.commune.recorder";
    private static final String WOMEN_UNION = "WOMEN_UNION";
    private static StackBrowser chrome;
    private static Path downloads;
    private static ChromeDriver browser;

    private ServiceClient analytics;
    private URI portal;
    private URI dashboard;
    /** A token with the same claims as the signed-in person's, to ask the API the page's questions directly. */
    private String token;

    /**
     * Each test is skipped, with the reason, where there is no Chromium (an assumption here, before the test's
     * {@link DemoStack} parameter is resolved, so that no stack is started for nothing).
     */
    @BeforeEach
    void chromium() throws IOException {
        if (chrome == null) {
            chrome = StackBrowser.start(1920, 1080);
            browser = chrome.driver();
            downloads = chrome.downloads();
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (chrome != null) {
            chrome.close();
            chrome = null;
        }
    }

    /** Opens the dashboard of the shared stack at 1920x1080, signed out (no cookie of the portal or the provider). */
    private void openSignedOut(DemoStack demo) {
        assertThat(demo.firstLoad().caughtUp()).as(demo.firstLoad().describe()).isTrue();
        analytics = new ServiceClient(demo.stack().urls().analytics());
        portal = demo.stack().urls().portal();
        dashboard = portal.resolve("/dashboard/");
        browser.manage().window().setSize(new Dimension(1920, 1080));
        // The portal and the provider share the host (localhost): its cookies are both's.
        browser.get(portal.resolve("/css/portal.css").toString());
        browser.manage().deleteAllCookies();
        browser.get(dashboard.toString());
    }

    /** Signs in at the provider as the demo person, changing a handed-out password, and waits for the dashboard. */
    private void openAs(DemoStack demo, String username, Set<String> viewStates) {
        openSignedOut(demo);
        token = chrome.signIn(demo, dashboard, username);
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "the dashboard is not ready: " + whereThePageIs())
                .until(driver -> "ready".equals(script("return document.body && document.body.dataset.state")));
        assertThat(browser.getCurrentUrl()).startsWith(dashboard.toString());
        for (WebElement view : browser.findElements(By.cssSelector("[data-view]"))) {
            assertThat(view.getDomAttribute("data-state")).as("state of view %s: %s", view.getDomAttribute("data-view"),
                    view.findElement(By.cssSelector("[data-part='message']")).getText()).isIn(viewStates);
        }
    }

    /** The address, the page's state and each view's, for a failure's message. */
    private String whereThePageIs() {
        return browser.getCurrentUrl() + " " + script("return (document.body ? document.body.dataset.state : 'no body')"
                + " + ' ' + [...document.querySelectorAll('[data-view]')].map(v => v.dataset.view + '=' + v.dataset.state"
                + " + ' ' + ((v.querySelector('[data-part=message]') || {}).textContent || '')).join('; ')"
                + " + ' ' + (document.querySelector('.problem, [role=alert]') || {}).textContent");
    }

    private WebElement awaitVisible(String css) {
        return new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    @Test
    void showsEveryViewFilledWithTheFiguresTheApiAnswers(DemoStack demo) throws IOException {
        openAs(demo, OPS, Set.of("ready", "unavailable"));

        assertThat(text("#user-name")).isEqualTo("Cán bộ theo dõi, Công an tỉnh Kon Tum");
        assertThat(text("#user-agency")).isEqualTo("Công an");
        assertThat(text("#user-roles")).isEqualTo("Theo dõi");
        assertThat(text("#user-locality")).isEqualTo("Toàn tỉnh");

        JsonNode participation = api("/api/v1/analytics/participation?" + PERIOD);
        long womenUnion = api("/api/v1/analytics/participation?agency=WOMEN_UNION&" + PERIOD)
                .path("totals").path("participants").asLong();
        JsonNode awards = api("/api/v1/analytics/awards?groupBy=agency,form&" + PERIOD);
        JsonNode models = api("/api/v1/analytics/models?asOf=2024-12-31");
        JsonNode coordination = api("/api/v1/analytics/coordination?groupBy=pair&" + PERIOD);
        assertThat(womenUnion).isEqualTo(DemoDataSet.WOMEN_UNION_PARTICIPATIONS);
        assertFigure("participation-total", participation.path("totals").path("participants").asLong());
        assertFigure("activities-total", participation.path("totals").path("activities").asLong());
        assertFigure("participation-women-union", womenUnion);
        assertFigure("awards-conferred", awards.path("totals").path("conferred").asLong());
        assertFigure("models-active", models.path("byStatus").path("ACTIVE").asLong());
        assertThat(text("[data-figure='coordination-total']"))
                .isEqualTo(VIETNAMESE.format(coordination.path("totals").path("jointActivities").asLong()));

        for (String chart : CHARTS) {
            WebElement element = browser.findElement(By.cssSelector("[data-chart='" + chart + "']"));
            assertThat(element.findElements(By.tagName("canvas"))).as("canvas of %s", chart).isNotEmpty();
            Dimension size = element.findElement(By.tagName("canvas")).getSize();
            assertThat(size.getWidth()).as("width of %s", chart).isGreaterThan(200);
            assertThat(size.getHeight()).as("height of %s", chart).isGreaterThan(200);
        }
        // What each chart draws adds up to the API's totals: the figures are the API's, not merely some figures.
        assertThat(chartSum("participation")).isEqualTo(participation.path("totals").path("participants").asLong());
        assertThat(chartSum("channel-kind")).isEqualTo(participation.path("totals").path("activities").asLong());
        assertThat(chartSum("coordination")).as("the matrix holds each pair twice")
                .isEqualTo(2 * coordination.path("totals").path("jointActivities").asLong());
        assertThat(chartSum("awards")).isEqualTo(awards.path("totals").path("conferred").asLong());
        long allModels = 0;
        for (JsonNode count : models.path("byStatus")) {
            allModels += count.asLong();
        }
        assertThat(chartSum("models")).isEqualTo(allModels);

        assertDistrictTableSortsTheApisRows();
        assertModelLists(models);
        assertShortcomings();

        Path screenshot = fullPageScreenshot(1920, "dashboard.png");
        log.info("Dashboard screenshot: {}", screenshot.toAbsolutePath());
    }

    @Test
    void switchingToEnglishRelabelsTheViewsAndWritesNumbersTheEnglishWay(DemoStack demo) throws IOException {
        openAs(demo, OPS, Set.of("ready", "unavailable"));
        long total = api("/api/v1/analytics/participation?" + PERIOD).path("totals").path("participants").asLong();
        assertThat(text("#view-participation h2")).isEqualTo("Lượt người tham gia theo lực lượng");
        assertThat(text(".kpis [data-figure='participation-total']")).isEqualTo(VIETNAMESE.format(total));

        browser.findElement(By.id("lang-switch")).click();

        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> "en".equals(script("return document.documentElement.lang")));
        assertThat(text("#view-participation h2")).isEqualTo("Participations by agency");
        assertThat(text("#view-districts h2")).isEqualTo("By district");
        assertThat(text(".kpis [data-figure='participation-total']")).isEqualTo(ENGLISH.format(total));
        assertThat(text("#user-roles")).isEqualTo("Operations");
        assertThat(text("#user-agency")).isEqualTo("Police");
        assertThat(text("#user-locality")).isEqualTo("Province-wide");
        assertThat(script("return echarts.getInstanceByDom(document.querySelector('[data-chart=participation]'))"
                + ".getOption().series.map(s => s.name)"))
                .isEqualTo(List.of("Police", "Women's Union", "Veterans' Association", "Farmers' Association"));
        assertThat(text("#lang-switch")).isEqualTo("Tiếng Việt");

        fullPageScreenshot(1366, "dashboard-en-1366.png");
    }

    @Test
    void downloadsAViewAsCsvThatSpreadsheetsReadAsTextInVietnamese(DemoStack demo) throws IOException {
        openAs(demo, OPS, Set.of("ready", "unavailable"));
        JsonNode answer = api("/api/v1/analytics/participation?groupBy=district&" + PERIOD);

        browser.findElement(By.cssSelector("[data-csv='districts']")).click();

        Path file = downloads.resolve("antq_districts_2019-01_2024-12.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file) && Files.size(file) > 0);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + answer.path("rows").size());
        assertThat(lines.get(0)).startsWith("\"Huyện, thành phố\",\"Mã\",\"Hoạt động\",\"Lượt người tham gia\"");
        for (JsonNode row : answer.path("rows")) {
            if (row.hasNonNull("district")) {
                assertThat(lines).contains(String.format("\"%s\",\"%s\",%d,%d,%d,%d,%d,%d,%s",
                        row.path("districtName").asString(), row.path("district").asString(),
                        row.path("activities").asLong(), row.path("participants").asLong(), row.path("women").asLong(),
                        row.path("ethnicMinority").asLong(), row.path("reach").asLong(), row.path("copies").asLong(),
                        perActivity(row)));
            }
        }

        // A cell that starts like a formula is written as text, whatever the records hold.
        Object cells = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import(arguments[0]).then(csv => done(['=SUM(A1:A9)', '+1', '-2', '@x', 'Đắk Hà', 5].map(csv.cell)))",
                dashboard.resolve("assets/js/csv.js").toString());
        assertThat(cells).isEqualTo(List.of("\"'=SUM(A1:A9)\"", "\"'+1\"", "\"'-2\"", "\"'@x\"", "\"Đắk Hà\"", "5"));
    }

    /**
     * The completeness grid of the Women's Union in 2024, as ops staff of the province see it, is the demo's generated
     * truth: every unit of the province that reported a month shows it approved (late when first submitted after the
     * 5th of the month after), and every month it never reported shows not reported.
     */
    @Test
    void theCompletenessGridShowsEveryUnitsMonthAsTheDemoGeneratedIt(DemoStack demo) {
        openAs(demo, OPS, Set.of("ready", "unavailable"));
        Map<String, Map<String, String>> expected = new TreeMap<>();
        KonTumPlaces places = KonTumPlaces.get();
        List<String> units = new ArrayList<>(List.of(KonTumPlaces.PROVINCE));
        places.districts().forEach(district -> units.add(district.code()));
        places.communes().forEach(commune -> units.add(commune.code()));
        for (String unit : units) {
            Map<String, String> months = new TreeMap<>();
            for (int month = 1; month <= 12; month++) {
                months.put(String.format("2024-%02d", month), "NONE");
            }
            expected.put(unit, months);
        }
        for (PeriodPlan.Report report : demo.data().reports()) {
            if (report.agency().equals(WOMEN_UNION) && report.period().startsWith("2024-")) {
                expected.get(report.unit()).put(report.period(), report.onTime() ? "APPROVED" : "APPROVED late");
            }
        }

        WebElement card = browser.findElement(By.id("view-completeness"));
        new Select(card.findElement(By.cssSelector("[data-part='agency']"))).selectByValue(WOMEN_UNION);
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "the grid of the Women's Union: " + whereThePageIs())
                .until(driver -> "ready".equals(card.getDomAttribute("data-state"))
                        && String.valueOf(card.findElement(By.cssSelector("table[data-table='completeness']"))
                        .getDomAttribute("aria-label")).contains("Hội Liên hiệp Phụ nữ"));

        @SuppressWarnings("unchecked")
        Map<String, List<String>> shown = (Map<String, List<String>>) script("const grid = {};"
                + "document.querySelectorAll('table[data-table=completeness] tbody tr').forEach(tr => {"
                + "  grid[tr.querySelector('th[data-unit]').dataset.unit] = [...tr.querySelectorAll('td.cell')].map(td =>"
                + "    (td.dataset.state || 'NOT EXPECTED') + (td.querySelector('[aria-hidden]').textContent.endsWith('!')"
                + "      ? ' late' : ''));"
                + "});"
                + "return grid;");
        Map<String, List<String>> truth = new TreeMap<>();
        expected.forEach((unit, months) -> truth.put(unit, List.copyOf(months.values())));
        assertThat(new TreeMap<>(shown)).isEqualTo(truth);
        assertThat(truth.values().stream().flatMap(List::stream).filter(state -> state.equals("NONE")).count())
                .as("months some unit never reported").isPositive();
        assertThat(truth.values().stream().flatMap(List::stream).filter(state -> state.endsWith("late")).count())
                .as("months reported late").isPositive();
    }

    /**
     * Ops staff choose the commune whose outreach fell in 2024: the outcomes view shows its incidents of every year as
     * the demo generated them, beside participations per 1,000 residents as analytics counts them, and 2024 shows
     * both the jump in incidents and the fall in outreach.
     */
    @Test
    void theOutcomesOfACommuneStandBesideItsOutreach(DemoStack demo) throws IOException {
        openAs(demo, OPS, Set.of("ready", "unavailable"));
        String commune = demo.data().planted().stream().filter(p -> p.kind() == Planted.Kind.OUTCOME_WORSENING)
                .map(Planted::subject).findFirst().orElseThrow();
        Map<Integer, long[]> generated = new TreeMap<>();
        for (DemoOutcome outcome : demo.data().outcomes()) {
            if (outcome.commune().equals(commune)) {
                long[] year = generated.computeIfAbsent(outcome.month().getYear(), y -> new long[3]);
                year[0] += outcome.crimes();
                year[1] += outcome.socialEvils();
                year[2] += outcome.securityIncidents();
            }
        }

        new Select(browser.findElement(By.id("filter-locality"))).selectByValue(commune);
        browser.findElement(By.id("filter-apply")).click();
        WebElement card = browser.findElement(By.id("view-outcomes"));
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "the outcomes of " + commune + ": " + whereThePageIs())
                .until(driver -> "ready".equals(script("return document.body.dataset.state"))
                        && "ready".equals(card.getDomAttribute("data-state"))
                        && card.findElement(By.cssSelector("[data-part='place']")).getText().contains(commune));

        JsonNode answer = api("/api/v1/analytics/outcomes?groupBy=year&locality=" + commune + "&" + PERIOD);
        Map<Integer, String> perThousand = new TreeMap<>();
        answer.path("rows").forEach(row -> perThousand.put(row.path("year").asInt(),
                row.path("outreach").path("participationsPerThousandResidents").asString()));
        List<WebElement> rows = card.findElements(By.cssSelector("table[data-table='outcomes'] tbody tr"));
        Map<Integer, List<String>> shown = new TreeMap<>();
        for (WebElement row : rows) {
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
            shown.put(Integer.parseInt(cells.get(0)), List.of(cells.get(1), cells.get(2), cells.get(3), cells.get(8)));
        }
        Map<Integer, List<String>> truth = new TreeMap<>();
        generated.forEach((year, figures) -> truth.put(year, List.of(VIETNAMESE.format(figures[0]),
                VIETNAMESE.format(figures[1]), VIETNAMESE.format(figures[2]),
                vietnameseDecimal(Double.parseDouble(perThousand.get(year))))));
        assertThat(shown).isEqualTo(truth);
        long[] before = generated.get(2023);
        long[] after = generated.get(2024);
        assertThat(after[0] + after[1] + after[2]).isGreaterThan((before[0] + before[1] + before[2]) * 6 / 5);
        assertThat(Double.parseDouble(perThousand.get(2024))).isLessThan(Double.parseDouble(perThousand.get(2023)) / 2);
        WebElement chart = card.findElement(By.cssSelector("[data-chart='outcomes'] canvas"));
        assertThat(chart.getSize().getHeight()).isGreaterThan(200);

        // On a phone the view fits the screen: only its table scrolls sideways, never the page.
        browser.manage().window().setSize(new Dimension(360, 900));
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> Boolean.TRUE.equals(script(
                "const e = document.querySelector('[data-chart=outcomes]'); const c = echarts.getInstanceByDom(e);"
                        + " return c && Math.abs(c.getWidth() - e.clientWidth) < 2 && e.clientWidth <= 360;")));
        script("arguments[0].scrollIntoView()", card);
        assertThat(((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("the page's sideways overflow at 360 px").isLessThanOrEqualTo(0);
        Files.createDirectories(TARGET);
        Path phone = Files.write(TARGET.resolve("dashboard-outcomes-360.png"), card.getScreenshotAs(OutputType.BYTES));
        log.info("Outcomes view on a phone: {}", phone.toAbsolutePath());
        browser.manage().window().setSize(new Dimension(1920, 1080));
    }

    @Test
    void digitalSkillsAndMaterialsStandPerCommuneWithTheWeakOnesFirst(DemoStack demo) throws IOException {
        openAs(demo, OPS, Set.of("ready", "unavailable"));
        WebElement card = browser.findElement(By.id("view-skills"));
        new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(() -> "the skills view: " + whereThePageIs())
                .until(driver -> "ready".equals(card.getDomAttribute("data-state")));

        // Every commune of either answer (their rows of district and province staff name no commune).
        Set<String> communes = new TreeSet<>();
        for (String question : List.of("trainings?groupBy=commune&" + PERIOD, "materials?groupBy=commune")) {
            api("/api/v1/analytics/" + question).path("rows").forEach(row -> {
                if (row.hasNonNull("commune")) {
                    communes.add(row.path("commune").asString());
                }
            });
        }
        List<WebElement> rows = card.findElements(By.cssSelector("table[data-table='skills'] tbody tr"));
        assertThat(rows).hasSize(communes.size());

        // The weak commune: nobody trained, nothing online, and no material in Gia Rai or Rơ Măm, which its people speak.
        String weak = demo.data().planted().stream().filter(p -> p.kind() == Planted.Kind.MATERIALS_GAP)
                .filter(p -> p.subject().equals("23536")).map(Planted::name).findFirst().orElseThrow();
        List<String> cells = rows.stream().map(row -> row.findElements(By.cssSelector("th, td")).stream()
                .map(WebElement::getText).toList()).filter(row -> row.get(0).equals(weak)).findFirst().orElseThrow();
        assertThat(cells.subList(2, 4)).containsExactly("0", "0");
        assertThat(cells.get(6)).contains("Tiếng Gia Rai", "Tiếng Rơ Măm");
        // Sorted by staff trained, fewest first: the first row trained nobody.
        assertThat(rows.get(0).findElements(By.cssSelector("td")).get(1).getText()).isEqualTo("0");

        browser.manage().window().setSize(new Dimension(360, 900));
        script("arguments[0].scrollIntoView()", card);
        assertThat(((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("the page's sideways overflow at 360 px").isLessThanOrEqualTo(0);
        Files.createDirectories(TARGET);
        Path phone = Files.write(TARGET.resolve("dashboard-skills-360.png"), card.getScreenshotAs(OutputType.BYTES));
        log.info("Skills and materials view on a phone: {}", phone.toAbsolutePath());
        browser.manage().window().setSize(new Dimension(1920, 1080));
    }

    private static String vietnameseDecimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    @Test
    void theWomenUnionsCommuneRecorderSeesOnlyTheirCommuneWithTheApisFigures(DemoStack demo) {
        openAs(demo, WOMEN_UNION_COMMUNE_RECORDER, Set.of("ready", "empty", "unavailable"));

        assertThat(text("#user-agency")).isEqualTo("Hội Liên hiệp Phụ nữ");
        assertThat(text("#user-roles")).isEqualTo("Cập nhật hoạt động");
        assertThat(text("#user-locality")).isEqualTo("Xã Tân Cảnh, Huyện Đắk Tô, Tỉnh Kon Tum");
        List<String> places = browser.findElements(By.cssSelector("#filter-locality option")).stream()
                .map(option -> option.getDomAttribute("value")).filter(value -> !value.isEmpty()).toList();
        assertThat(places).containsExactly(DemoAccounts.COMMUNE);

        JsonNode own = api("/api/v1/analytics/participation?" + PERIOD);
        long province = analytics.get("/api/v1/analytics/participation?" + PERIOD, demo.stack().tokens().issue("ops",
                "OPS", List.of(Role.OPS), null, Duration.ofMinutes(5)), Set.of(200)).body()
                .path("totals").path("participants").asLong();
        assertFigure("participation-total", own.path("totals").path("participants").asLong());
        assertFigure("activities-total", own.path("totals").path("activities").asLong());
        assertThat(own.path("totals").path("participants").asLong()).as("the commune's, not the province's")
                .isLessThan(province);
        // A wider place, asked through the portal with the person's own session, is refused by analytics.
        Object wider = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('../api/analytics/v1/analytics/participation?locality=" + DemoAccounts.DISTRICT + "&" + PERIOD
                + "').then(r => done(r.status)).catch(e => done(String(e)))");
        assertThat(((Number) wider).intValue()).isEqualTo(403);
        // A commune's security figures are the police's and OPS's: the view says so instead of showing them.
        WebElement outcomes = browser.findElement(By.id("view-outcomes"));
        assertThat(outcomes.getDomAttribute("data-state")).isEqualTo("unavailable");
        assertThat(outcomes.findElement(By.cssSelector("[data-part='message']")).getText()).isNotBlank();
        assertThat(outcomes.findElements(By.cssSelector("table[data-table='outcomes'] tbody tr"))).isEmpty();
    }

    @Test
    void signedOutThePageSendsTheReaderToSignInAndTheRelayStaysClosed(DemoStack demo) throws Exception {
        openSignedOut(demo);

        awaitVisible("#username");
        assertThat(browser.getCurrentUrl()).startsWith(demo.stack().urls().identity().resolve("/login").toString());
        java.net.http.HttpResponse<String> relayed = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(portal.resolve("/api/analytics/v1/analytics/participation"))
                        .header("Accept", "application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(relayed.statusCode()).isEqualTo(401);
        assertThat(relayed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** As the dashboard writes it in a CSV: one decimal, none when it is whole (178.8, 179). */
    private static String perActivity(JsonNode row) {
        BigDecimal value = BigDecimal.valueOf(row.path("participants").asLong() * 10)
                .divide(BigDecimal.valueOf(row.path("activities").asLong()), 0, RoundingMode.HALF_UP)
                .movePointLeft(1);
        return value.stripTrailingZeros().toPlainString();
    }

    private void assertDistrictTableSortsTheApisRows() {
        JsonNode rows = api("/api/v1/analytics/participation?groupBy=district&" + PERIOD).path("rows");
        List<WebElement> shown = browser.findElements(By.cssSelector("#table-districts tbody tr"));
        assertThat(shown).hasSize(rows.size());
        assertThat(firstDistrictShown()).as("sorted by participations, most first")
                .isEqualTo(nameOfMost(rows, "participants"));

        browser.findElement(By.cssSelector("#table-districts th button[data-sort='activities']")).click();

        assertThat(browser.findElement(By.cssSelector("#table-districts th[aria-sort='descending'] button"))
                .getDomAttribute("data-sort")).isEqualTo("activities");
        assertThat(firstDistrictShown()).isEqualTo(nameOfMost(rows, "activities"));
    }

    private String firstDistrictShown() {
        return browser.findElement(By.cssSelector("#table-districts tbody tr td")).getText();
    }

    private static String nameOfMost(JsonNode rows, String measure) {
        JsonNode most = null;
        for (JsonNode row : rows) {
            if (most == null || row.path(measure).asLong() > most.path(measure).asLong()) {
                most = row;
            }
        }
        return most.path("districtName").asString();
    }

    private void assertModelLists(JsonNode models) {
        assertThat(models.path("paperOnly").size()).as("the demo plants paper-only models").isPositive();
        assertThat(text("[data-figure='models-paper-only']")).isEqualTo(String.valueOf(models.path("paperOnly").size()));
        assertThat(text("[data-figure='models-overlapping']")).isEqualTo(String.valueOf(models.path("overlapping").size()));
        Set<String> names = new HashSet<>();
        models.path("paperOnly").forEach(model -> names.add(model.path("name").asString()));
        Set<String> listed = new HashSet<>();
        browser.findElements(By.cssSelector("[data-table='paper-only'] tbody tr td:first-child"))
                .forEach(cell -> listed.add(cell.getDomProperty("textContent")));
        assertThat(listed).isEqualTo(names);
    }

    /** The shortcomings when the server finds them; where it does not offer them (404), the view says so. */
    private void assertShortcomings() {
        ServiceClient.Reply reply = analytics.get("/api/v1/analytics/shortcomings?" + PERIOD, token, Set.of(200, 404));
        WebElement view = browser.findElement(By.id("view-shortcomings"));
        if (reply.status() == 404) {
            assertThat(view.getDomAttribute("data-state")).isEqualTo("unavailable");
            assertThat(view.findElement(By.cssSelector("[data-part='message']")).getText())
                    .isEqualTo("Máy chủ này chưa có chức năng phát hiện hạn chế, thiếu sót.");
            return;
        }
        int findings = reply.body().path("findings").size();
        assertThat(view.getDomAttribute("data-state")).isEqualTo("ready");
        assertFigure("shortcomings-total", findings);
        if (findings > 0) {
            assertThat(browser.findElements(By.cssSelector("[data-table='findings'] tbody tr"))).hasSize(findings);
        }
    }

    private void assertFigure(String figure, long expected) {
        WebElement element = browser.findElement(By.cssSelector(".kpis [data-figure='" + figure + "']"));
        assertThat(element.getText()).as(figure).isEqualTo(VIETNAMESE.format(expected));
        assertThat(element.getDomAttribute("data-value")).as(figure).isEqualTo(String.valueOf(expected));
    }

    /** The sum of every value the chart draws (a heatmap's cells by their third coordinate). */
    private long chartSum(String chart) {
        Object sum = script("const chart = echarts.getInstanceByDom(document.querySelector(\"[data-chart='\" + arguments[0] + \"']\"));"
                + "let sum = 0;"
                + "chart.getOption().series.forEach(s => s.data.forEach(d => {"
                + "  const v = Array.isArray(d) ? d[2] : d;"
                + "  if (typeof v === 'number') { sum += v; } }));"
                + "return sum;", chart);
        return ((Number) sum).longValue();
    }

    /** The whole page at this width: the window is made as tall as the page, then put back. */
    private Path fullPageScreenshot(int width, String name) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 1080));
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(width, (int) height + 200));
        // Charts follow their element's size (ResizeObserver): wait until they are drawn at the new width.
        new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> Boolean.TRUE.equals(script(
                "return [...document.querySelectorAll('[data-chart]')].every(e => {"
                        + "const c = echarts.getInstanceByDom(e); return c && Math.abs(c.getWidth() - e.clientWidth) < 2; })")));
        Path file = TARGET.resolve(name);
        Files.createDirectories(TARGET);
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1920, 1080));
        return file;
    }

    private JsonNode api(String pathAndQuery) {
        return analytics.get(pathAndQuery, token, Set.of(200)).body();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private Object script(String script, Object... args) {
        return browser.executeScript(script, args);
    }
}
