package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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

/**
 * {@code GET /report} as DOCX on the embedded stack, for Bà Rịa - Vũng Tàu (77, which no other test uses) in 2022: asked
 * by {@code format=docx} or by {@code Accept}, its figures are the JSON report's, its letterhead is the caller's unit
 * or what the parameters say, and a bad parameter is a problem in both languages.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocxReportIT {

    private static final String PROVINCE = "77";
    private static final String PERIOD = "from=2022-01&to=2022-12&locality=" + PROVINCE;
    private static final Pattern RAW_CODE = Pattern.compile("[A-Z]+_[A-Z_]+");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void recordAYearInBaRiaVungTau() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Locality vungTau = new Locality(PROVINCE, "747", "26506");
        Locality baRia = new Locality(PROVINCE, "748", "26548");
        try (Events events = new Events()) {
            for (int i = 0; i < 6; i++) {
                events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("dw-" + run + "-" + i, 1, "WOMEN_UNION",
                        i % 2 == 0 ? List.of("POLICE") : List.of(), i % 2 == 0 ? vungTau : baRia, ActivityKind.BRANCH_MEETING,
                        LocalDate.of(2022, 1 + i, 10), 1200 + i, 900, 30, 0, 0, ActivityStatus.RECORDED));
                events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("dp-" + run + "-" + i, 1, "POLICE",
                        List.of(), vungTau, ActivityKind.VILLAGE_MEETING, LocalDate.of(2022, 2 + i, 20), 700, 300, 10, 0, 0,
                        ActivityStatus.RECORDED));
            }
            for (int i = 0; i < 3; i++) {
                events.publish(EventContract.AWARD_CHANGED, new AwardEvent("da-" + run + "-" + i, 3, "tester",
                        Instant.parse("2022-12-10T00:00:00Z"), AwardForm.CERTIFICATE_OF_MERIT, "Chủ tịch UBND tỉnh",
                        "QĐ-" + run + "-" + i, LocalDate.of(2022, 12, 9), RecipientType.COLLECTIVE, "Chi hội phụ nữ " + i,
                        i == 0 ? "POLICE" : "WOMEN_UNION", baRia, null, "Có thành tích xuất sắc", List.of(), List.of(),
                        AwardStatus.CONFERRED, "nominator", null));
            }
        }
        new Api(port).awaitCaughtUp();
    }

    @Test
    void theDocxByFormatHasTheJsonReportsFiguresUnderTheCallersLetterhead() throws IOException {
        Map<String, Object> json = new Api(port).get("/report?" + PERIOD + "&lang=vi");
        Map<String, Object> outreach = section(json, "outreach");
        long activities = number(map(outreach, "totals"), "activities");
        long participants = number(map(outreach, "totals"), "participants");
        long conferred = number(map(section(json, "commendations"), "totals"), "conferred");
        long women = list(outreach, "byAgency").stream().filter(row -> "WOMEN_UNION".equals(row.get("agency")))
                .mapToLong(row -> number(row, "participants")).sum();
        assertThat(participants).isGreaterThan(10_000);
        assertThat(conferred).isEqualTo(3);

        HttpResponse<byte[]> response = get("/report?" + PERIOD + "&format=docx", "*/*", "vi", Api.ops());

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(DocxReport.MEDIA_TYPE);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bao-cao-antq_2022-01_2022-12_77.docx\"");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<String> texts = texts(docx);
            String all = String.join("\n", texts);
            assertThat(all).contains("UBND TỈNH BÀ RỊA - VŨNG TÀU", "CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bà Rịa - Vũng Tàu, ngày ", "BÁO CÁO",
                    "Trên địa bàn tỉnh Bà Rịa - Vũng Tàu, từ tháng 01 năm 2022 đến tháng 12 năm 2022",
                    "các lực lượng đã tổ chức " + ReportFormat.number(activities, VI) + " hoạt động tuyên truyền với "
                            + ReportFormat.number(participants, VI) + " lượt người tham gia",
                    "Hội Liên hiệp Phụ nữ " + ReportFormat.number(women, VI) + " lượt",
                    "Đã khen thưởng 3 tập thể, cá nhân, trong đó Hội Liên hiệp Phụ nữ 2, Công an 1", "Nơi nhận:");
            // The by-agency table adds up to the JSON's totals.
            long tableActivities = 0;
            long tableParticipants = 0;
            for (XWPFTableRow row : table(docx, "Lực lượng", "Hoạt động tuyên truyền").getRows().subList(1, 3)) {
                tableActivities += parse(row.getCell(1).getText());
                tableParticipants += parse(row.getCell(2).getText());
            }
            assertThat(tableActivities).isEqualTo(activities);
            assertThat(tableParticipants).isEqualTo(participants);
            assertThat(docx.getAllPictures()).isNotEmpty();
            assertThat(texts).noneMatch(text -> RAW_CODE.matcher(text).find());
        }
    }

    @Test
    void theAcceptHeaderAsksForTheDocxAndTheParametersWriteTheLetterhead() throws IOException {
        String letterhead = "&issuingAgency=" + encode("Ban Chỉ đạo phong trào tỉnh") + "&documentNumber=" + encode("15/BC-BCĐ")
                + "&signerName=" + encode("Nguyễn Văn A") + "&signerPosition=" + encode("Trưởng ban") + "&lang=en";
        HttpResponse<byte[]> response = get("/report?" + PERIOD + letterhead, DocxReport.MEDIA_TYPE, "vi", Api.ops());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(DocxReport.MEDIA_TYPE);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"antq-review-report_2022-01_2022-12_77.docx\"");
        long participants = number(map(section(new Api(port).get("/report?" + PERIOD + "&lang=en"), "outreach"), "totals"),
                "participants");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String all = String.join("\n", texts(docx));
            assertThat(all).contains("PEOPLE'S COMMITTEE OF BÀ RỊA - VŨNG TÀU PROVINCE", "BAN CHỈ ĐẠO PHONG TRÀO TỈNH",
                    "No.: 15/BC-BCĐ", "SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "REPORT",
                    "TRƯỞNG BAN", "Nguyễn Văn A", "Recipients:", ReportFormat.number(participants, java.util.Locale.ENGLISH)
                            + " participations", "3 collectives and individuals were commended");
        }
    }

    @Test
    void aBlankOrOverlongLetterheadParameterIsAProblemInBothLanguages() {
        Api.Response english = new Api(port).call("GET", "/report?" + PERIOD + "&format=docx&signerName=%20&place="
                + "x".repeat(61), Api.ops());
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.body()).contains("\"field\":\"signerName\"", "Must not be blank when given", "\"field\":\"place\"",
                "Longer than 60 characters");

        HttpResponse<byte[]> vietnamese = get("/report?" + PERIOD + "&format=docx&documentNumber=%20", "*/*", "vi", Api.ops());
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(new String(vietnamese.body(), StandardCharsets.UTF_8)).contains("\"field\":\"documentNumber\"",
                "Không được để trống khi đã gửi tham số này");
    }

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private HttpResponse<byte[]> get(String pathAndQuery, String accept, String language, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/analytics" + pathAndQuery))
                .header("Authorization", "Bearer " + token).header("Accept", accept).header("Accept-Language", language)
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

    private static List<String> texts(XWPFDocument docx) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                texts.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells()
                        .forEach(cell -> cell.getParagraphs().forEach(paragraph -> texts.add(paragraph.getText()))));
            }
        }
        return texts;
    }

    private static XWPFTable table(XWPFDocument docx, String first, String second) {
        return docx.getTables().stream().filter(table -> table.getRow(0).getTableCells().size() > 2
                && table.getRow(0).getCell(0).getText().equals(first) && table.getRow(0).getCell(1).getText().equals(second))
                .findFirst().orElseThrow(() -> new AssertionError("No table headed " + first + " | " + second));
    }

    private static long parse(String vietnameseNumber) {
        return Long.parseLong(vietnameseNumber.replace(".", ""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> report, String name) {
        return (Map<String, Object>) report.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String name) {
        return (Map<String, Object>) map.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String name) {
        return (List<Map<String, Object>>) map.get(name);
    }
}
