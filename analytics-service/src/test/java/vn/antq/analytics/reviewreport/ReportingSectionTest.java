package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The section on the units' periodic reports in every format and both languages: the agencies' figures under words
 * (never a code or a key), rates as percentages written as the language writes numbers; and where no report was sent,
 * one sentence saying so instead of a table of zeros.
 */
class ReportingSectionTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern CODE_OR_KEY = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]+[A-Z][a-zA-Z]*\\b");

    @Test
    void thePdfShowsTheAgenciesReportsInWordsInBothLanguages() throws IOException {
        String vi = pdfText(SampleReport.konTum(VI));
        assertThat(vi).contains("Tình hình gửi báo cáo định kỳ", "Số báo cáo phải gửi", "Gửi đúng hạn",
                "Tỷ lệ gửi báo cáo (%)", "Tỷ lệ gửi đúng hạn (%)", "1.200", "1.020");
        assertThat(section(vi, "Tình hình gửi báo cáo định kỳ", "Hạn chế")).doesNotContainPattern(CODE_OR_KEY);
        String en = pdfText(SampleReport.konTum(Locale.ENGLISH));
        assertThat(en).contains("Periodic reporting by the units", "Reports expected", "On time", "Reporting rate (%)",
                "On-time rate (%)", "1,200", "1,020");
        assertThat(section(en, "Periodic reporting by the units", "Shortcomings")).doesNotContainPattern(CODE_OR_KEY);
    }

    @Test
    void theSpreadsheetHasASheetOfTheReportsWithNumbersAsNumbers() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                XlsxReport.render(reportingOnly(SampleReport.konTum(VI)))))) {
            Sheet sheet = workbook.getSheet("Báo cáo định kỳ");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tình hình gửi báo cáo định kỳ");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Theo lực lượng, các kỳ báo cáo kết thúc từ tháng 01/2024 đến tháng 12/2024");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Số báo cáo phải gửi");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Hội Liên hiệp Phụ nữ");
            assertThat(sheet.getRow(6).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1200);
            assertThat(sheet.getRow(7).getCell(4).getNumericCellValue()).isEqualTo(62.5);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(
                reportingOnly(SampleReport.konTum(Locale.ENGLISH)))))) {
            assertThat(workbook.getSheet("Periodic reports").getRow(5).getCell(5).getStringCellValue())
                    .isEqualTo("On-time rate (%)");
        }
    }

    @Test
    void whereNoReportWasSentOneSentenceSaysSoInEveryFormat() throws IOException {
        for (Locale locale : List.of(VI, Locale.ENGLISH)) {
            String sentence = ReportText.of("reporting-none", locale).replace("{from}", locale == VI ? "01/2024" : "January 2024")
                    .replace("{to}", locale == VI ? "12/2024" : "December 2024");
            ReportAnswer.Reporting none = new ReportAnswer.Reporting("2024-01", "2024-12", List.of(), sentence);
            ReviewReport report = withReporting(SampleReport.konTum(locale), none);

            assertThat(pdfText(report).replaceAll("\\s+", " ")).contains(sentence)
                    .doesNotContain(ReportText.figure("expected", locale));
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(reportingOnly(report))))) {
                Sheet sheet = workbook.getSheet(ReportText.of("sheet-reporting", locale));
                assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo(sentence);
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(7);
            }
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxReport.render(report,
                    DocxReport.Letterhead.of(null))));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                String text = extractor.getText();
                assertThat(text).contains(sentence);
                assertThat(text.indexOf(sentence)).isEqualTo(text.lastIndexOf(sentence));
                assertThat(text).doesNotContain(ReportText.figure("expected", locale));
            }
        }
        assertThat(ReportText.of("reporting-none", VI).replace("{from}", "01/2024").replace("{to}", "12/2024"))
                .isEqualTo("Chưa có đơn vị nào gửi báo cáo định kỳ của các kỳ kết thúc từ tháng 01/2024 đến tháng 12/2024.");
    }

    /** The sample report with another reporting section, in the JSON and among the sections. */
    private static ReviewReport withReporting(ReviewReport sample, ReportAnswer.Reporting reporting) {
        ReportAnswer json = sample.json();
        ReportAnswer changed = new ReportAnswer(json.title(), json.lang(), json.from(), json.to(), json.locality(),
                json.localityName(), json.outreach(), json.coordination(), json.models(), json.commendations(), json.outcomes(), json.skills(), reporting,
                json.shortcomings(), json.asOf());
        List<ReviewReport.Section> sections = new ArrayList<>();
        String title = ReportText.of("reporting", sample.locale());
        sample.sections().forEach(section -> sections.add(section.title().equals(title)
                ? ReportQuery.reportingSection(reporting, sample.locale()) : section));
        return new ReviewReport(sample.locale(), sample.title(), sample.periodText(), sample.localityText(), sample.asOf(),
                changed, sections);
    }

    /**
     * The report with its reporting section alone (the hand-made sample's other sections have no sheet names): its one
     * sheet opens with the report's title, period and a blank row, then the section.
     */
    private static ReviewReport reportingOnly(ReviewReport report) {
        String title = ReportText.of("reporting", report.locale());
        return new ReviewReport(report.locale(), report.title(), report.periodText(), report.localityText(), report.asOf(),
                report.json(), report.sections().stream().filter(section -> section.title().equals(title)).toList());
    }

    private static String pdfText(ReviewReport report) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The text from one heading to the next. */
    private static String section(String text, String heading, String next) {
        int start = text.indexOf(heading);
        int end = text.indexOf(next, start + heading.length());
        assertThat(start).isNotNegative();
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
