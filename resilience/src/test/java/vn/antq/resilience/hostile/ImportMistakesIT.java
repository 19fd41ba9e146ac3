package vn.antq.resilience.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * The import against the mistakes a clerk's spreadsheet really holds (issue 17, defect 7): a column the template does
 * not have, blank rows, a file that is not what it claims to be, an unclosed quote, a formula, locality codes that
 * Excel turned into numbers. Each is a clean 400 problem+json naming the mistake in Vietnamese and English with
 * nothing written, or a report whose rejected rows say why and whose recorded rows, and only those, reach analytics.
 */
class ImportMistakesIT {

    /** Cao Bằng: only this class records there; its codes start with zeros (04, 04x, 01xxx). */
    private static final String PROVINCE = "04";
    private static final String AGENCY = "WOMEN_UNION";
    private static final String IMPORT = "/api/v1/activities/import";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Platform platform;
    private static Places places;
    private static Outboxes outboxes;
    private static AnalyticsView analytics;
    /** What analytics must hold for the province: the rows this class saw recorded, nothing of the rest. */
    private static final Map<String, Long> expected = new LinkedHashMap<>(Map.of("activities", 0L, "participants", 0L));

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
        places = new Places(PROVINCE);
        outboxes = new Outboxes(platform);
        analytics = new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
    }

    @Test
    void columnsTheTemplateDoesNotHaveRefuseTheFileByName() {
        List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, new Random(471), 3);
        String csv = ImportFiles.csv(rows, ',', "\n");
        String[] lines = csv.split("\n");
        StringBuilder withNotes = new StringBuilder(lines[0]).append(",Ghi chú,woman\n");
        for (int i = 1; i < lines.length; i++) {
            withNotes.append(lines[i]).append(",họp tổ ").append(i).append(",12\n");
        }
        byte[] file = withNotes.toString().getBytes(StandardCharsets.UTF_8);

        Answer vi = refused("a notes column and a misspelt one", file, "text/csv", "vi");
        Answer en = refused("a notes column and a misspelt one", file, "text/csv", "en");

        assertThat(message(vi)).startsWith("Cột không có trong mẫu nhập: Ghi chú, woman.");
        assertThat(message(en)).startsWith("Columns not in the import template: Ghi chú, woman.");
        Results.record("[import] columns not in the template refused by name, nothing written: " + message(en));
    }

    @Test
    void blankRowsAreSkippedNotRejected() {
        List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, new Random(472), 4);
        String[] lines = ImportFiles.csv(rows, ';', "\r\n").split("\r\n");
        String blank = ";".repeat(ImportFiles.COLUMNS.size() - 1);
        String csv = String.join("\r\n", lines[0], lines[1], blank, "", lines[2], " ; ; ", lines[3], lines[4], blank) + "\r\n";
        List<Map<String, String>> xlsxRows = ImportFiles.rows(AGENCY, places, new Random(473), 2);
        List<Map<String, String>> withGap = new ArrayList<>(xlsxRows);
        withGap.add(1, Map.of());

        JsonNode fromCsv = accepted("blank rows in CSV", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        JsonNode fromXlsx = accepted("a blank row in XLSX", ImportFiles.xlsx(withGap), XLSX);

        assertThat(fromCsv.path("rejected").asInt()).as(fromCsv.toString()).isZero();
        assertThat(fromCsv.path("recorded").asInt()).isEqualTo(4);
        assertThat(fromCsv.path("blankRowsSkipped").asInt()).isEqualTo(3);
        assertThat(fromXlsx.path("rejected").asInt()).as(fromXlsx.toString()).isZero();
        assertThat(fromXlsx.path("recorded").asInt()).isEqualTo(2);
        assertThat(fromXlsx.path("blankRowsSkipped").asInt()).isEqualTo(1);
        rows.forEach(ImportMistakesIT::expectRecorded);
        xlsxRows.forEach(ImportMistakesIT::expectRecorded);
        awaitAnalyticsHoldsTheRecordedRowsOnly();
        Results.record("[import] blank rows skipped and counted, never rejected: CSV " + fromCsv.path("blankRowsSkipped")
                + " skipped of 4 data rows, XLSX " + fromXlsx.path("blankRowsSkipped") + " of 2; analytics holds the rows");
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsToldSo() {
        byte[] noise = new byte[4096];
        new Random(474).nextBytes(noise);

        Map<String, String> told = new LinkedHashMap<>();
        told.put("random bytes as XLSX", message(refused("random bytes as XLSX", noise, XLSX, "en")));
        told.put("random bytes as CSV", message(refused("random bytes as CSV", noise, "text/csv", "en")));
        told.put("random bytes as bytes", message(refused("random bytes", noise, "application/octet-stream", "en")));
        String viXlsx = message(refused("random bytes as XLSX", noise, XLSX, "vi"));

        assertThat(told.get("random bytes as XLSX")).startsWith("The file sent is not a readable XLSX file.");
        assertThat(told.get("random bytes as CSV")).startsWith("The file sent is not a readable CSV file");
        assertThat(told.get("random bytes as bytes")).startsWith("The file sent is not a readable XLSX or CSV file.");
        assertThat(viXlsx).startsWith("Tệp gửi lên không phải là tệp XLSX đọc được.");
        Results.record("[import] random bytes told what they are not: " + told);
    }

    @Test
    void anUnclosedQuoteNamesItsRowWithoutTheParsersWords() {
        List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, new Random(475), 3);
        rows.get(1).put("title", "UNCLOSED");
        String csv = ImportFiles.csv(rows, ',', "\n").replace(",UNCLOSED,", ",\"Hội thi tìm hiểu pháp luật,");
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        Answer vi = refused("an unclosed quote", file, "text/csv", "vi");
        Answer en = refused("an unclosed quote", file, "text/csv", "en");

        assertThat(message(vi)).startsWith("Không đọc được dòng 3:");
        assertThat(message(en)).startsWith("Row 3 cannot be read:");
        assertThat(vi.body() + en.body()).doesNotContain("EOF", "startline", "encapsulated", "token");
        Results.record("[import] an unclosed quote refused naming its row: " + message(en));
    }

    @Test
    void aFormulaCellIsRefusedShowingItsFormula() {
        List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, new Random(476), 3);
        rows.get(1).put("participants", "=formula:SUM(M2:M3)");

        JsonNode report = accepted("a formula cell", ImportFiles.xlsx(rows), XLSX);

        assertThat(report.path("recorded").asInt()).isEqualTo(2);
        JsonNode errors = report.path("results").get(1).path("errors");
        assertThat(report.path("results").get(1).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("participants");
        assertThat(errors.get(0).path("message").asString()).startsWith("Ô chứa công thức =SUM(M2:M3);")
                .doesNotContain("\u0000").doesNotContain("formula");
        expectRecorded(rows.get(0));
        expectRecorded(rows.get(2));
        awaitAnalyticsHoldsTheRecordedRowsOnly();
        Results.record("[import] a formula cell rejected with its formula (" + errors.get(0).path("message").asString()
                + "), the other rows recorded and in analytics");
    }

    @Test
    void localityCodesExcelTurnedIntoNumbersAreThoseCodes() {
        List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, new Random(477), 3);

        JsonNode report = accepted("numeric locality codes", numericCodesWorkbook(rows), XLSX);

        assertThat(report.path("rejected").asInt()).as(report.toString()).isZero();
        assertThat(report.path("recorded").asInt()).isEqualTo(3);
        for (int i = 0; i < rows.size(); i++) {
            String id = report.path("results").get(i).path("id").asString();
            Answer stored = platform.events().http().get("/api/v1/activities/" + id, platform.tokens().admin());
            assertThat(stored.json().path("locality").path("commune").asString()).isEqualTo(rows.get(i).get("commune"));
            assertThat(stored.json().path("locality").path("district").asString()).isEqualTo(rows.get(i).get("district"));
            assertThat(stored.json().path("locality").path("province").asString()).isEqualTo(PROVINCE);
            expectRecorded(rows.get(i));
        }
        awaitAnalyticsHoldsTheRecordedRowsOnly();
        Results.record("[import] locality codes as numbers (4, " + Integer.parseInt(rows.get(0).get("district")) + ", "
                + Integer.parseInt(rows.get(0).get("commune")) + ") recorded as the codes " + PROVINCE + ", "
                + rows.get(0).get("district") + ", " + rows.get(0).get("commune"));
    }

    /** Rows whose province, district, commune and figures are number cells, as Excel keeps "04" once typed. */
    private static byte[] numericCodesWorkbook(List<Map<String, String>> rows) {
        List<String> numeric = List.of("province", "district", "commune", "participants", "women", "ethnicMinority",
                "reach", "copies");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Hoạt động");
            Row header = sheet.createRow(0);
            for (int c = 0; c < ImportFiles.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ImportFiles.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < ImportFiles.COLUMNS.size(); c++) {
                    String column = ImportFiles.COLUMNS.get(c);
                    String value = rows.get(r).getOrDefault(column, "");
                    if (numeric.contains(column) && !value.isEmpty()) {
                        row.createCell(c).setCellValue(Long.parseLong(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expectRecorded(Map<String, String> row) {
        expected.merge("activities", 1L, Long::sum);
        expected.merge("participants", Long.parseLong(row.get("participants")), Long::sum);
    }

    /** Analytics' totals for the province are those of the recorded rows: a rejected row never reaches them. */
    private static void awaitAnalyticsHoldsTheRecordedRowsOnly() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<String, Long> totals = analytics.participation(PROVINCE);
            assertThat(totals.getOrDefault("activities", 0L)).isEqualTo(expected.get("activities"));
            assertThat(totals.getOrDefault("participants", 0L)).isEqualTo(expected.get("participants"));
        });
    }

    /** A 200 report whose RECORDED rows are exactly the documents and events written. */
    private static JsonNode accepted(String what, byte[] file, String contentType) {
        Outboxes.Holdings before = outboxes.holdings(Kind.EVENTS);
        Answer answer = CleanAnswers.requireClean(send(file, contentType, "vi"));
        Outboxes.Holdings after = outboxes.holdings(Kind.EVENTS);
        assertThat(answer.status()).as(what + ": " + answer.describe()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(after.documents() - before.documents()).as(what + ": documents written")
                .isEqualTo(report.path("recorded").asInt());
        assertThat(after.events() - before.events()).as(what + ": events written").isEqualTo(report.path("recorded").asInt());
        return report;
    }

    /** A clean 400 problem+json about the file, in the language asked for, with nothing at all written. */
    private static Answer refused(String what, byte[] file, String contentType, String language) {
        long before = outboxes.allDocuments(Kind.EVENTS);
        Answer answer = CleanAnswers.requireClean(send(file, contentType, language));
        assertThat(answer.status()).as(what + ": " + answer.describe()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(outboxes.allDocuments(Kind.EVENTS)).as(what + ": nothing written").isEqualTo(before);
        return answer;
    }

    private static Answer send(byte[] file, String contentType, String language) {
        return platform.events().http().send("POST", IMPORT, platform.tokens().recorder(AGENCY),
                Map.of("Accept-Language", language), contentType, file);
    }

    private static String message(Answer answer) {
        return answer.json().path("errors").get(0).path("message").asString();
    }
}
