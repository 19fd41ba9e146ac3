package vn.antq.resilience.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Clerks;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;

/**
 * Text that agencies typed (a model's name, a recipient's name, a review's title) reaches the spreadsheets the
 * platform exports; none of it may run as a formula when the file is opened. The platform's exports today: the
 * analytics report as XLSX ({@code GET /api/v1/analytics/report?format=xlsx}); no CSV export exists. The test
 * records formula-like names in a province of its own and reads every cell of the report of that province.
 */
class ExportEscapingIT {

    /** Quảng Trị: only this class records there. */
    private static final String PROVINCE = "45";
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://127.0.0.1/\",\"Tổ an ninh\")",
            "+84905000000", "-1+1 Tổ hòa giải", "@SUM(1+1) Chi hội");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void exportedSpreadsheetsNeverHoldAFormulaTheAgenciesTyped() throws Exception {
        byte[] report = fetch("/api/v1/analytics/report?format=xlsx&from=2019&to=2026&locality=" + PROVINCE);
        Assumptions.assumeTrue(report != null, "analytics-service has no XLSX report yet (GET /report?format=xlsx)");

        Places places = new Places(PROVINCE);
        Clerks clerks = new Clerks(platform);
        Random random = new Random(4500);
        for (String name : FORMULAS) {
            Map<String, Object> model = Bodies.randomModel("WOMEN_UNION", places, random, "");
            model.put("name", name);
            Answer registered = clerks.registerModel("WOMEN_UNION", model);
            assertThat(registered.status()).as(registered.describe()).isEqualTo(201);
        }
        AnalyticsView analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
        await("analytics shows the models").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> analytics.models(PROVINCE).get("ACTIVE") == FORMULAS.size());

        byte[] xlsx = fetch("/api/v1/analytics/report?format=xlsx&from=2019&to=2026&locality=" + PROVINCE);
        List<String> unsafe = new ArrayList<>();
        int cells = 0;
        int seen = 0;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells++;
                        if (cell.getCellType() == CellType.FORMULA) {
                            unsafe.add(sheet.getSheetName() + "!" + cell.getAddress() + " is a formula: " + cell.getCellFormula());
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            seen += FORMULAS.stream().anyMatch(text::contains) ? 1 : 0;
                            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                                unsafe.add(sheet.getSheetName() + "!" + cell.getAddress() + " starts like a formula: " + text);
                            }
                        }
                    }
                }
            }
        }
        Results.record(String.format("[export] analytics report XLSX of a province whose model names look like formulas "
                + "%s: %d cells read, %d cells with one of those names, %d formula cells or text starting with = + - @ "
                + "tab or CR unescaped; no CSV export exists", FORMULAS, cells, seen, unsafe.size()));
        assertThat(unsafe).as("cells a spreadsheet would run").isEmpty();
    }

    /** The body of a 200 XLSX answer, or null when there is no such export. */
    private static byte[] fetch(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(platform.analytics().http().base() + path))
                .header("Authorization", "Bearer " + platform.tokens().ops()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        boolean xlsx = response.headers().firstValue("Content-Type").orElse("").startsWith(XLSX);
        return response.statusCode() == 200 && xlsx ? response.body() : null;
    }
}
