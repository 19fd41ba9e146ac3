package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelStatus;

/**
 * {@code GET /report} on the embedded stack, for Khánh Hòa (56, which no other test uses) in 2023 (AwardsIT counts
 * every award of 2024): its numbers equal the API's in every format, the spreadsheet has one sheet per section with
 * numeric cells and no formula, and the PDF carries the Vietnamese words with their diacritics (and its first and
 * last pages rendered under {@code target/} to look at).
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIT {

    private static final String PROVINCE = "56";
    private static final String PERIOD = "from=2023-01&to=2023-12&locality=" + PROVINCE;
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"xem\")";
    /** A name with characters outside the BMP (an emoji, which DejaVu Sans draws) and Chinese (which it does not). */
    private static final String PROBE_NAME = "PROBE 😀 模型 mô hình thử";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void recordAYearInKhanhHoa() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Locality nhaTrang = new Locality(PROVINCE, "568", "22333");
        Locality camRanh = new Locality(PROVINCE, "569", "22408");
        try (Events events = new Events()) {
            for (int i = 0; i < 12; i++) {
                events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("w-" + run + "-" + i, 1, "WOMEN_UNION",
                        i % 3 == 0 ? List.of("POLICE") : List.of(), i % 2 == 0 ? nhaTrang : camRanh,
                        i % 4 == 0 ? ActivityKind.QUIZ : ActivityKind.BRANCH_MEETING, LocalDate.of(2023, 1 + i, 8), 100 + i,
                        80, 10, 0, 0, ActivityStatus.RECORDED));
                events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("p-" + run + "-" + i, 1, "POLICE",
                        List.of(), nhaTrang, ActivityKind.VILLAGE_MEETING, LocalDate.of(2023, 1 + i, 20), 200, 90, 20, 0, 0,
                        ActivityStatus.RECORDED));
            }
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("z-" + run, 1, "WOMEN_UNION", List.of(),
                    Locality.ofProvince(PROVINCE), ActivityKind.ZALO_POST, LocalDate.of(2023, 6, 1), 0, 0, 0, 5000, 0,
                    ActivityStatus.RECORDED));
            events.publish(EventContract.AWARD_CHANGED, new AwardEvent("a-" + run, 3, "tester",
                    Instant.parse("2023-12-10T00:00:00Z"), AwardForm.CERTIFICATE_OF_MERIT, "Chủ tịch UBND tỉnh Khánh Hòa",
                    "QĐ-" + run, LocalDate.of(2023, 12, 9), RecipientType.COLLECTIVE, "Hội Liên hiệp Phụ nữ xã Cam Phước Đông",
                    "WOMEN_UNION", camRanh, null, "Có thành tích xuất sắc", List.of(), List.of(), AwardStatus.CONFERRED,
                    "nominator", null));
            // A model silent for years, whose name would run as a formula in a spreadsheet that trusted it.
            String model = "model-" + run;
            events.publish(EventContract.MODEL_REGISTERED, withName(TestEvents.model(model, 1, "MEDIATION_TEAM",
                    "WOMEN_UNION", nhaTrang, LocalDate.of(2020, 1, 1), ModelStatus.ACTIVE), FORMULA_NAME));
            events.publish(EventContract.MODEL_REGISTERED, withName(TestEvents.model("probe-" + run, 1, "MEDIATION_TEAM",
                    "WOMEN_UNION", camRanh, LocalDate.of(2020, 1, 1), ModelStatus.ACTIVE), PROBE_NAME));
        }
        new Api(port).awaitCaughtUp();
    }

    @Test
    void theJsonReportHasTheApisNumbers() {
        Api api = new Api(port);
        Map<String, Object> report = api.get("/report?" + PERIOD + "&lang=vi");

        assertThat(report).containsEntry("lang", "vi").containsEntry("locality", PROVINCE);
        assertThat(section(report, "outreach").get("totals")).isEqualTo(Api.totals(api.get("/participation?" + PERIOD)));
        assertThat(section(report, "outreach").get("byDistrict"))
                .isEqualTo(Api.rows(api.get("/participation?" + PERIOD + "&groupBy=district")).stream()
                        .map(row -> withDistrictLabel(row)).toList());
        assertThat(section(report, "coordination").get("totals")).isEqualTo(Api.totals(api.get("/coordination?" + PERIOD)));
        assertThat(section(report, "commendations").get("totals")).isEqualTo(Api.totals(api.get("/awards?" + PERIOD)));
        assertThat(section(report, "outcomes").get("totals")).isEqualTo(Api.totals(api.get("/outcomes?" + PERIOD)));
        assertThat(section(report, "models").get("paperOnly"))
                .isEqualTo(api.get("/models?asOf=2023-12-31&locality=" + PROVINCE).get("paperOnly"));
        assertThat(section(report, "shortcomings").get("findings")).isEqualTo(api.get("/shortcomings?" + PERIOD).get("findings"));
        // No unit of Khánh Hòa ever sent a periodic report: one sentence, no table of zeros.
        assertThat(section(report, "reporting")).containsEntry("from", "2023-01").containsEntry("to", "2023-12")
                .containsEntry("byAgency", List.of()).containsEntry("note",
                        "Chưa có đơn vị nào gửi báo cáo định kỳ của các kỳ kết thúc từ tháng 01/2023 đến tháng 12/2023.");
    }

    @Test
    void theSpreadsheetHasASheetPerSectionWithTheApisTotalsAsNumbersAndNoFormula() throws IOException {
        Map<String, Object> totals = Api.totals(new Api(port).get("/participation?" + PERIOD));
        HttpResponse<byte[]> response = get("/report?" + PERIOD + "&format=xlsx", "*/*", "vi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XlsxReport.MEDIA_TYPE);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bao-cao-antq_2023-01_2023-12_56.xlsx\"");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            // Each section's short name names its sheet whole (Excel allows 31 characters); its full title heads the sheet.
            assertThat(sheets).containsExactly("Tổng quan", "Tuyên truyền", "Phối hợp", "Mô hình", "Khen thưởng",
                    "Kết quả ANTT", "Kỹ năng số, tài liệu", "Báo cáo định kỳ", "Hạn chế");
            assertThat(workbook.getSheet("Mô hình").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Mô hình tự quản về an ninh trật tự");
            Sheet outreach = workbook.getSheet("Tuyên truyền");
            // The first table is by agency: its header row, then one row per agency, then a blank row.
            assertThat(outreach.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Theo lực lượng");
            assertThat(outreach.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Lượt người tham gia");
            double participants = 0;
            double activities = 0;
            for (int r = 3; outreach.getRow(r) != null && outreach.getRow(r).getCell(1) != null; r++) {
                assertThat(outreach.getRow(r).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                activities += outreach.getRow(r).getCell(1).getNumericCellValue();
                participants += outreach.getRow(r).getCell(2).getNumericCellValue();
            }
            assertThat((long) activities).isEqualTo(((Number) totals.get("activities")).longValue());
            assertThat((long) participants).isEqualTo(((Number) totals.get("participants")).longValue());
            assertThat(cellsOf(workbook)).allSatisfy(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))
                    .anySatisfy(cell -> assertThat(cell.toString()).isEqualTo("'" + FORMULA_NAME));
        }
    }

    @Test
    void thePdfCarriesVietnameseWithItsDiacriticsAndAPageRendersToAPicture() throws IOException {
        HttpResponse<byte[]> response = get("/report?" + PERIOD, "application/pdf", "vi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bao-cao-antq_2023-01_2023-12_56.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            // Long lines wrap: compare the words, whatever the line breaks.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Báo cáo tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
                    "Hội Liên hiệp Phụ nữ", "Lượt người tham gia theo lực lượng", "Công tác tuyên truyền",
                    "Tỉnh Khánh Hòa", "Mô hình hoạt động hình thức", "Tổ hòa giải");
            // People read the model type's name and the evidence's words, never a code or a key.
            assertThat(text).doesNotContain("MEDIATION_TEAM", "monthsWithoutReport", " = ");
            assertThat(text).contains("Tình hình gửi báo cáo định kỳ",
                    "Chưa có đơn vị nào gửi báo cáo định kỳ của các kỳ kết thúc từ tháng 01/2023 đến tháng 12/2023.");
            Path target = Path.of("target");
            Files.createDirectories(target);
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png", target.resolve("report-page-1.png").toFile());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(pdf.getNumberOfPages() - 1, 110), "png",
                    target.resolve("report-page-last.png").toFile());
            Files.write(target.resolve("report.pdf"), response.body());
        }
    }

    @Test
    void aNameWithCharactersNoFontDrawsIsShownReplacedInThePdfAndAsItIsInTheSpreadsheet() throws IOException {
        HttpResponse<byte[]> pdfResponse = get("/report?" + PERIOD + "&format=pdf", "*/*", "vi");
        assertThat(pdfResponse.statusCode()).as(new String(pdfResponse.body())).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("PROBE 😀 \uFFFD\uFFFD mô hình thử");
        }

        HttpResponse<byte[]> xlsxResponse = get("/report?" + PERIOD + "&format=xlsx", "*/*", "vi");
        assertThat(xlsxResponse.statusCode()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxResponse.body()))) {
            assertThat(cellsOf(workbook)).anySatisfy(cell -> assertThat(cell.toString()).isEqualTo(PROBE_NAME));
        }
    }

    @Test
    void englishOnRequestAndABadFormatIsAProblem() throws IOException {
        HttpResponse<byte[]> english = get("/report?" + PERIOD + "&format=pdf&lang=en", "*/*", "vi");
        try (PDDocument pdf = Loader.loadPDF(english.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Review report of the movement",
                    "Women's Union", "Mediation team", "Periodic reporting by the units",
                    "No unit has sent a periodic report for the periods ending from January 2023 to December 2023.");
        }
        assertThat(english.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"antq-review-report_2023-01_2023-12_56.pdf\"");
        assertThat(new Api(port).get("/report?" + PERIOD).get("lang")).isEqualTo("en");

        Api.Response bad = new Api(port).call("GET", "/report?format=odt", Api.ops());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"format\"", "choose json, xlsx, pdf or docx");
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String accept, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/analytics" + pathAndQuery))
                .header("Authorization", "Bearer " + Api.ops()).header("Accept", accept).header("Accept-Language", language)
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Cell> cellsOf(Workbook workbook) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
        }
        return cells;
    }

    private static Map<String, Object> withDistrictLabel(Map<String, Object> row) {
        if (row.get("district") == null) {
            row.put("districtName", "Cấp tỉnh");
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> report, String name) {
        return (Map<String, Object>) report.get(name);
    }

    private static vn.antq.contracts.model.ModelEvent withName(vn.antq.contracts.model.ModelEvent model, String name) {
        return new vn.antq.contracts.model.ModelEvent(model.id(), model.version(), model.actor(), model.occurredAt(), name,
                model.type(), model.agency(), model.partnerAgencies(), model.locality(), model.village(),
                model.establishedOn(), model.members(), model.status());
    }
}
