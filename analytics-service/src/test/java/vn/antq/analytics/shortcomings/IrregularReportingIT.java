package vn.antq.analytics.shortcomings;

import static vn.antq.analytics.shortcomings.ShortcomingsIT.evidence;
import static vn.antq.analytics.shortcomings.ShortcomingsIT.explanation;
import static vn.antq.analytics.shortcomings.ShortcomingsIT.finding;
import static vn.antq.analytics.shortcomings.ShortcomingsIT.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.period.PeriodStep;
import vn.antq.kit.security.Role;

/**
 * IRREGULAR_REPORTING on the embedded stack: a district of three communes (Huyện Phú Quí) over three months, counted by
 * hand as {@code GET /reporting} counts them (4 units x 3 months = 12 reports expected). Each run uses agencies of its
 * own, read with their own tokens, so that no other test's reports count; the review report's section on reporting
 * uses the Veterans, whom no other test makes report, so that it is named in words.
 */
@AnalyticsIntegrationTest
class IrregularReportingIT {

    private static final String PROVINCE = "60";
    private static final String DISTRICT = "602";
    private static final String NGU_PHUNG = "23272";
    private static final String LONG_HAI = "23275";
    private static final String TAM_THANH = "23278";

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void theUnitsThatSentTooFewReportsOrTooFewOnTimeAreFoundWithTheirFigures() {
        Api api = new Api(port);
        String agency = agency();
        List<PeriodEvent> reports = new ArrayList<>();
        // Ngũ Phụng: all three, on time (by the 5th of the next month, Vietnam date): no finding.
        reports.add(TestEvents.period(agency, commune(NGU_PHUNG), "2024-04", 1, PeriodStep.SUBMITTED, "2024-05-03T02:00:00Z", 5));
        reports.add(TestEvents.period(agency, commune(NGU_PHUNG), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-04T02:00:00Z", 5));
        reports.add(TestEvents.period(agency, commune(NGU_PHUNG), "2024-06", 2, PeriodStep.APPROVED, "2024-07-05T02:00:00Z", 5));
        // Long Hải: April on time, May late, June nothing: 2 of 3 sent (67 %), 1 on time (33 %).
        reports.add(TestEvents.period(agency, commune(LONG_HAI), "2024-04", 1, PeriodStep.SUBMITTED, "2024-05-02T02:00:00Z", 5));
        reports.add(TestEvents.period(agency, commune(LONG_HAI), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-10T02:00:00Z", 5));
        // Tam Thanh: all three sent, two late: 100 % sent, 33 % on time.
        reports.add(TestEvents.period(agency, commune(TAM_THANH), "2024-04", 1, PeriodStep.SUBMITTED, "2024-05-20T02:00:00Z", 5));
        reports.add(TestEvents.period(agency, commune(TAM_THANH), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-06T02:00:00Z", 5));
        reports.add(TestEvents.period(agency, commune(TAM_THANH), "2024-06", 1, PeriodStep.SUBMITTED, "2024-07-01T02:00:00Z", 5));
        // The district: April on time, May returned for correction, June nothing: 1 of 3 (33 %).
        reports.add(TestEvents.period(agency, district(), "2024-04", 1, PeriodStep.SUBMITTED, "2024-05-01T02:00:00Z", 5));
        reports.add(TestEvents.period(agency, district(), "2024-05", 2, PeriodStep.RETURNED, "2024-06-01T02:00:00Z", 5));
        // Another agency that has never had a report accepted: a returned one only. Not judged at all.
        String silent = agency();
        reports.add(TestEvents.period(silent, commune(NGU_PHUNG), "2024-05", 2, PeriodStep.RETURNED, "2024-06-01T02:00:00Z", 5));
        try (Events events = new Events()) {
            reports.forEach(report -> events.publish(EventContract.PERIOD_CHANGED, report));
        }
        String question = "/shortcomings?from=2024-04&to=2024-06&locality=" + DISTRICT;
        String token = Api.token(agency, null, Role.RECORDER, Role.APPROVER);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/reporting?agency=" + agency
                + "&from=2024-04&to=2024-06&locality=" + DISTRICT)).extracting(answer -> ((List<?>) answer.get("totals")).get(0))
                .asString().contains("expected=12", "submitted=9", "onTime=6"));
        api.awaitCaughtUp();
        Map<String, Object> answer = api.get(question, token);

        assertThat(subjects(answer)).containsExactly(
                "IRREGULAR_REPORTING HIGH " + agency + "|" + DISTRICT,
                "IRREGULAR_REPORTING MEDIUM " + agency + "|" + LONG_HAI,
                "IRREGULAR_REPORTING LOW " + agency + "|" + TAM_THANH);
        assertThat(((Map<?, ?>) answer.get("counts")).get("IRREGULAR_REPORTING")).isEqualTo(3);
        assertThat(((Map<?, ?>) answer.get("thresholds")).get("IRREGULAR_REPORTING"))
                .isEqualTo(Map.of("minReportingRate", 0.8, "minOnTimeRate", 0.6));
        assertThat(evidence(answer, agency + "|" + DISTRICT)).isEqualTo(Map.of("expected", 3, "submitted", 1, "onTime", 1,
                "reportingRatePercent", 33, "onTimeRatePercent", 33, "notReported", 2));
        assertThat(evidence(answer, agency + "|" + LONG_HAI)).isEqualTo(Map.of("expected", 3, "submitted", 2, "onTime", 1,
                "reportingRatePercent", 67, "onTimeRatePercent", 33, "notReported", 1));
        assertThat(evidence(answer, agency + "|" + TAM_THANH)).isEqualTo(Map.of("expected", 3, "submitted", 3, "onTime", 1,
                "reportingRatePercent", 100, "onTimeRatePercent", 33, "notReported", 0));
        Map<String, Object> longHai = finding(answer, agency + "|" + LONG_HAI);
        assertThat((Map<String, Object>) longHai.get("subject")).containsEntry("type", "AGENCY_LOCALITY")
                .containsEntry("agency", agency).containsEntry("locality", LONG_HAI);
        assertThat(explanation(longHai, "vi")).isEqualTo(agency + " (Xã Long Hải): gửi 2/3 "
                + "báo cáo định kỳ (67%), 1 báo cáo đúng hạn (33%); chưa gửi báo cáo tháng 06/2024.");
        assertThat(explanation(longHai, "en")).isEqualTo(agency + " (Xã Long Hải): sent 2 of "
                + "3 periodic reports expected (67%), 1 on time (33%); no report for June 2024.");

        // A commune keeps its own finding; the agency that never had a report accepted has none anywhere.
        assertThat(subjects(api.get("/shortcomings?from=2024-04&to=2024-06&locality=" + TAM_THANH, token)))
                .containsExactly("IRREGULAR_REPORTING LOW " + agency + "|" + TAM_THANH);
        Map<String, Object> none = api.get(question, Api.token(silent, null, Role.RECORDER, Role.APPROVER));
        assertThat(subjects(none)).isEmpty();
        assertThat(((Map<?, ?>) none.get("counts")).get("IRREGULAR_REPORTING")).isEqualTo(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewReportStatesTheReportsSentPerAgencyInWordsInEveryFormat() throws IOException {
        Api api = new Api(port);
        // The Veterans (a known agency, so that the report names it): Ngũ Phụng all three on time, Long Hải April late.
        String agency = "VETERANS";
        try (Events events = new Events()) {
            for (String month : List.of("2024-04", "2024-05", "2024-06")) {
                events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(agency, commune(NGU_PHUNG), month, 1,
                        PeriodStep.SUBMITTED, YearMonth.parse(month).plusMonths(1).atDay(2) + "T02:00:00Z", 3));
            }
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(agency, commune(LONG_HAI), "2024-04", 1,
                    PeriodStep.SUBMITTED, "2024-05-09T02:00:00Z", 3));
        }
        String token = Api.token(agency, null, Role.RECORDER, Role.APPROVER);
        String question = "/report?from=2024-04&to=2024-06&locality=" + DISTRICT;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) ((Map<String, Object>) api.get(question + "&lang=vi", token).get("reporting"))
                        .get("byAgency")).singleElement().satisfies(rates -> assertThat(rates)
                        .containsEntry("agency", agency).containsEntry("agencyName", "Hội Cựu chiến binh")
                        .containsEntry("expected", 12).containsEntry("submitted", 4).containsEntry("onTime", 3)
                        .containsEntry("reportingRate", 0.3333).containsEntry("onTimeRate", 0.25)));
        api.awaitCaughtUp();
        Map<String, Object> json = api.get(question + "&lang=vi", token);
        assertThat((Map<String, Object>) json.get("reporting")).containsEntry("from", "2024-04").containsEntry("to", "2024-06")
                .containsEntry("note", null);
        // Tam Thanh and the district have sent nothing of the window: not judged (they are among /reporting's units
        // that have not reported); Long Hải, which began in April, sent one of three.
        assertThat(subjects((Map<String, Object>) json.get("shortcomings"))).containsExactly(
                "IRREGULAR_REPORTING HIGH " + agency + "|" + LONG_HAI);

        String vi = pdfText(download(question + "&format=pdf", "vi", token));
        assertThat(vi).contains("Tình hình gửi báo cáo định kỳ",
                "Theo lực lượng, các kỳ báo cáo kết thúc từ tháng 04/2024 đến tháng 06/2024", "Hội Cựu chiến binh",
                "Số báo cáo phải gửi", "Tỷ lệ gửi đúng hạn (%)", "Báo cáo định kỳ chưa đầy đủ, đúng hạn");
        String en = pdfText(download(question + "&format=pdf", "en", token));
        assertThat(en).contains("Periodic reporting by the units", "By agency, reporting periods ending from April 2024 to "
                + "June 2024", "Veterans' Association", "Reports expected", "On-time rate (%)",
                "Periodic reports missing or late");
        for (String text : List.of(vi, en)) {
            assertThat(text).doesNotContain(agency, "IRREGULAR_REPORTING", "reportingRatePercent", "onTimeRatePercent",
                    "notReported", "onTime", "MONTHLY");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(question + "&format=docx", "vi", token)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ",
                    "Các đơn vị đã gửi 4/12 báo cáo định kỳ phải gửi (33%), trong đó 3 báo cáo gửi đúng hạn (25%):",
                    "- Hội Cựu chiến binh (Xã Long Hải): gửi 1/3 báo cáo định kỳ (33%), 0 báo cáo đúng hạn (0%); chưa gửi "
                            + "báo cáo tháng 05/2024, tháng 06/2024.")
                    .doesNotContain(agency, "IRREGULAR_REPORTING");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(question + "&format=xlsx", "en", token)))) {
            Sheet sheet = workbook.getSheet("Periodic reports");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Veterans' Association");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(33.3);
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(25);
            // The findings' evidence, in words.
            List<String> evidence = new ArrayList<>();
            workbook.getSheet("Shortcomings").forEach(row -> row.forEach(cell -> evidence.add(cell.toString())));
            assertThat(evidence).contains("Reports expected: 3; Submitted: 1; On time: 0; Reporting rate (%): 33; "
                    + "On-time rate (%): 0; Periods not reported: 2");
        }
    }

    private byte[] download(String pathAndQuery, String language, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/analytics" + pathAndQuery))
                .header("Authorization", "Bearer " + token).header("Accept", "*/*").header("Accept-Language", language)
                .GET().build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String agency() {
        return "IRR_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Locality commune(String code) {
        return new Locality(PROVINCE, DISTRICT, code);
    }

    private static Locality district() {
        return new Locality(PROVINCE, DISTRICT, null);
    }

    private static List<String> subjects(Map<String, Object> answer) {
        return findings(answer).stream().map(finding -> finding.get("kind") + " " + finding.get("severity") + " "
                + ((Map<?, ?>) finding.get("subject")).get("code")).toList();
    }
}
