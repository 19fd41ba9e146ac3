package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/**
 * The DOCX of a hand-made report, opened with XWPF as a word processor would: the Decree 30/2020 layout (national
 * title and motto, agency, number, place and date, document type, numbered parts, recipients and signature), the
 * figures formatted for the language, real tables and the charts as pictures, and no code or key anywhere.
 */
class DocxReportTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern RAW_CODE = Pattern.compile("[A-Z]+_[A-Z_]+");
    private static final Pattern CAMEL_CASE_KEY = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");

    @Test
    void vietnameseReadsAsTheProvincesOwnDraft() throws IOException {
        try (XWPFDocument docx = open(SampleReport.konTum(VI), DocxReport.Letterhead.of("POLICE"))) {
            List<String> texts = texts(docx);
            String all = String.join("\n", texts);

            XWPFTable letterhead = docx.getTables().get(0);
            assertThat(letterhead.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(letterhead.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(cellLines(letterhead.getRow(0).getCell(0))).containsSubsequence("UBND TỈNH KON TUM", "CÔNG AN TỈNH KON TUM",
                    "Số:      /BC-");
            assertThat(cellLines(letterhead.getRow(0).getCell(1))).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 04 tháng 12 năm 2026");
            assertThat(run(letterhead.getRow(0).getCell(1), "Độc lập - Tự do - Hạnh phúc").isBold()).isTrue();
            assertThat(run(letterhead.getRow(0).getCell(1), "Kon Tum, ngày 04 tháng 12 năm 2026").isItalic()).isTrue();
            assertThat(run(letterhead.getRow(0).getCell(0), "CÔNG AN TỈNH KON TUM").isBold()).isTrue();

            XWPFParagraph type = paragraph(docx, "BÁO CÁO");
            assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(type.getRuns().get(0).isBold()).isTrue();
            assertThat(all).contains("Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
                    "Trên địa bàn tỉnh Kon Tum, từ tháng 01 năm 2019 đến tháng 12 năm 2024");
            // Numbered parts, each opened in the report's voice with its figures.
            assertThat(texts).contains("I. TỔNG QUAN", "II. CÔNG TÁC TUYÊN TRUYỀN", "VI. TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ",
                    "VII. HẠN CHẾ");
            assertThat(all).contains("các lực lượng đã tổ chức 2.034 hoạt động tuyên truyền với 512.345 lượt người tham gia",
                    "trong đó Hội Liên hiệp Phụ nữ 340.512 lượt, Công an 171.833 lượt",
                    "Đã khen thưởng 31 tập thể, cá nhân, trong đó Công an 20, Hội Nông dân 6, Hội Liên hiệp Phụ nữ 5",
                    "Tính đến ngày 31 tháng 12 năm 2024, có 130 mô hình tự quản về an ninh trật tự, trong đó 120 mô hình đang hoạt động",
                    "Các lực lượng đã phối hợp tổ chức 41 hoạt động với 5.230 lượt người tham gia",
                    "đã phát hiện 2 hạn chế",
                    "- Tổ hòa giải thôn 3: đang hoạt động nhưng 9 tháng không có báo cáo.",
                    "- Xã Đắk Pne có 2 tổ hòa giải cùng hoạt động.",
                    "Các đơn vị đã gửi 1.270/1.600 báo cáo định kỳ phải gửi (79%), trong đó 966 báo cáo gửi đúng hạn (60%):",
                    "Theo lực lượng, các kỳ báo cáo kết thúc từ tháng 01/2024 đến tháng 12/2024");
            XWPFTableRow womenReports = row(docx, "Hội Liên hiệp Phụ nữ", "1.200");
            assertThat(womenReports.getCell(2).getText()).isEqualTo("1.020");
            assertThat(womenReports.getCell(4).getText()).isEqualTo("85");
            assertThat(womenReports.getTable().getRow(0).getCell(5).getText()).isEqualTo("Tỷ lệ gửi đúng hạn (%)");

            XWPFTableRow women = row(docx, "Hội Liên hiệp Phụ nữ", "1.234");
            assertThat(women.getCell(2).getText()).isEqualTo("340.512");
            assertThat(women.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(women.getTable().getRow(0).isRepeatHeader()).isTrue();
            assertThat(women.getTable().getRow(0).getCell(2).getText()).isEqualTo("Lượt người tham gia");
            assertThat(women.getCell(2).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
            // An empty table says so.
            assertThat(all).contains("Không có");

            signature(docx, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "THỦ TRƯỞNG CƠ QUAN");
            charts(docx);
            layout(docx);
            noCodeOrKey(texts);
        }
    }

    @Test
    void englishHasTheSameStructureInEnglish() throws IOException {
        try (XWPFDocument docx = open(SampleReport.konTum(Locale.ENGLISH), DocxReport.Letterhead.of("WOMEN_UNION"))) {
            List<String> texts = texts(docx);
            String all = String.join("\n", texts);
            XWPFTable letterhead = docx.getTables().get(0);
            assertThat(cellLines(letterhead.getRow(0).getCell(0))).containsSubsequence("PEOPLE'S COMMITTEE OF KON TUM PROVINCE",
                    "KON TUM PROVINCE WOMEN'S UNION", "No.:      /BC-");
            assertThat(cellLines(letterhead.getRow(0).getCell(1))).containsSubsequence("SOCIALIST REPUBLIC OF VIET NAM",
                    "Independence - Freedom - Happiness", "Kon Tum, 4 December 2026");
            assertThat(texts).contains("REPORT", "I. SUMMARY", "II. OUTREACH", "VI. PERIODIC REPORTING BY THE UNITS");
            assertThat(all).contains("In Kon Tum Province, from January 2019 to December 2024",
                    "the forces held 2,034 outreach activities with 512,345 participations",
                    "of these, 340,512 by the Women's Union, 171,833 by the Police",
                    "31 collectives and individuals were commended, of them 20 of the Police, 6 of the Farmers' Association, "
                            + "5 of the Women's Union",
                    "The forces held 41 joint activities with 5,230 participations",
                    "2 shortcomings were found", "- Tổ hòa giải thôn 3: active but without a report for 9 months.",
                    "Of the 1,600 periodic reports the units were to send, they sent 1,270 (79%), 966 of them on time (60%):",
                    "By agency, reporting periods ending from January 2024 to December 2024");
            assertThat(row(docx, "Police", "400").getCell(3).getText()).isEqualTo("150");
            XWPFTableRow women = row(docx, "Women's Union", "1,234");
            assertThat(women.getCell(2).getText()).isEqualTo("340,512");
            // A number column is wide enough for its header's longest word: words wrap whole, never between letters.
            XWPFTableCell participations = women.getTable().getRow(0).getCell(2);
            assertThat(participations.getText()).isEqualTo("Participations");
            assertThat(participations.getWidth()).isGreaterThanOrEqualTo("Participations".length() * 135);
            signature(docx, "Recipients:", "- As above;", "- Archived: Office.", "HEAD OF THE AGENCY");
            charts(docx);
            layout(docx);
            noCodeOrKey(texts);
        }
    }

    @Test
    void theLetterheadGivenIsTheLetterheadShown() throws IOException {
        DocxReport.Letterhead given = new DocxReport.Letterhead("POLICE", "Bộ Công an", "Ban Chỉ đạo phong trào tỉnh",
                "15/BC-BCĐ", "Thành phố Kon Tum", "Nguyễn Văn A", "Trưởng ban");
        try (XWPFDocument docx = open(SampleReport.konTum(VI), given)) {
            XWPFTable letterhead = docx.getTables().get(0);
            assertThat(cellLines(letterhead.getRow(0).getCell(0))).containsSubsequence("BỘ CÔNG AN", "BAN CHỈ ĐẠO PHONG TRÀO TỈNH",
                    "Số: 15/BC-BCĐ");
            assertThat(cellLines(letterhead.getRow(0).getCell(1))).contains("Thành phố Kon Tum, ngày 04 tháng 12 năm 2026");
            XWPFTable signature = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(cellLines(signature.getRow(0).getCell(1))).containsSubsequence("TRƯỞNG BAN", "Nguyễn Văn A");
            assertThat(run(signature.getRow(0).getCell(1), "Nguyễn Văn A").isBold()).isTrue();
        }
    }

    @Test
    void aReportOfEverywhereLeavesThePlaceAndAuthorityForTheClerk() throws IOException {
        ReviewReport konTum = SampleReport.konTum(VI);
        ReportAnswer json = konTum.json();
        ReportAnswer everywhere = new ReportAnswer(json.title(), json.lang(), json.from(), null, null, "Toàn bộ địa bàn",
                json.outreach(), json.coordination(), json.models(), json.commendations(), json.outcomes(), json.skills(), json.reporting(), json.shortcomings(),
                json.asOf());
        ReviewReport report = new ReviewReport(VI, konTum.title(), konTum.periodText(), "Toàn bộ địa bàn", konTum.asOf(),
                everywhere, konTum.sections());
        try (XWPFDocument docx = open(report, DocxReport.Letterhead.of("OPS_TEAM"))) {
            XWPFTable letterhead = docx.getTables().get(0);
            assertThat(cellLines(letterhead.getRow(0).getCell(0)))
                    .contains("BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC");
            assertThat(cellLines(letterhead.getRow(0).getCell(1))).contains(".........., ngày 04 tháng 12 năm 2026");
            assertThat(String.join("\n", texts(docx))).contains("Trên toàn bộ địa bàn, từ tháng 01 năm 2019 đến nay");
        }
    }

    // --- checks --------------------------------------------------------------------------------------------------

    private static void signature(XWPFDocument docx, String recipients, String asAbove, String archive, String position) {
        XWPFTable signature = docx.getTables().get(docx.getTables().size() - 1);
        assertThat(signature.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        XWPFTableCell left = signature.getRow(0).getCell(0);
        assertThat(cellLines(left)).containsExactly(recipients, asAbove, archive);
        XWPFRun recipientsRun = run(left, recipients);
        assertThat(recipientsRun.isBold()).isTrue();
        assertThat(recipientsRun.isItalic()).isTrue();
        XWPFTableCell right = signature.getRow(0).getCell(1);
        assertThat(cellLines(right).get(0)).isEqualTo(position);
        assertThat(run(right, position).isBold()).isTrue();
        // Room for the signature, then the signer's name line.
        assertThat(right.getParagraphs().size()).isGreaterThanOrEqualTo(5);
    }

    /** Two charts have bars (one is empty and left out); their pictures are PNGs with the agencies' colours. */
    private static void charts(XWPFDocument docx) throws IOException {
        List<XWPFPictureData> pictures = docx.getAllPictures();
        assertThat(pictures).hasSize(2);
        BufferedImage agencies = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
        assertThat(agencies.getWidth()).isEqualTo(ChartImage.WIDTH);
        assertThat(hasColour(agencies, Color.decode(SampleReport.WOMEN_COLOUR))).isTrue();
        assertThat(hasColour(agencies, Color.decode(SampleReport.POLICE_COLOUR))).isTrue();
    }

    private static void layout(XWPFDocument docx) {
        CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
        assertThat(size.getW().toString()).isEqualTo("11906");
        assertThat(size.getH().toString()).isEqualTo("16838");
        CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
        assertThat(Integer.parseInt(margins.getLeft().toString())).isBetween(1701, 1984);
        assertThat(Integer.parseInt(margins.getRight().toString())).isBetween(850, 1134);
        assertThat(Integer.parseInt(margins.getTop().toString())).isBetween(1134, 1417);
        assertThat(Integer.parseInt(margins.getBottom().toString())).isBetween(1134, 1417);
        List<XWPFRun> runs = runs(docx);
        assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
        assertThat(paragraph(docx, "BÁO CÁO", "REPORT").getRuns().get(0).getFontSizeAsDouble()).isBetween(13.0, 14.0);
    }

    private static void noCodeOrKey(List<String> texts) {
        assertThat(texts).isNotEmpty().allSatisfy(text -> {
            assertThat(RAW_CODE.matcher(text).find()).as("a raw code in: %s", text).isFalse();
            assertThat(CAMEL_CASE_KEY.matcher(text).find()).as("a camelCase key in: %s", text).isFalse();
        });
    }

    // --- reading the document ------------------------------------------------------------------------------------

    private static XWPFDocument open(ReviewReport report, DocxReport.Letterhead letterhead) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DocxReport.render(report, letterhead)));
    }

    /** Every paragraph's text, in the body and in every table cell, in order. */
    private static List<String> texts(XWPFDocument docx) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                texts.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(paragraph -> texts.add(paragraph.getText()));
                    }
                }
            }
        }
        return texts;
    }

    private static List<XWPFRun> runs(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        docx.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()));
        docx.getTables().forEach(table -> table.getRows().forEach(row -> row.getTableCells()
                .forEach(cell -> cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns())))));
        return runs;
    }

    private static List<String> cellLines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(text -> !text.isBlank()).toList();
    }

    private static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().filter(paragraph -> paragraph.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph " + text)).getRuns().get(0);
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String... texts) {
        return docx.getParagraphs().stream().filter(paragraph -> List.of(texts).contains(paragraph.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph " + List.of(texts)));
    }

    private static XWPFTableRow row(XWPFDocument docx, String first, String second) {
        return docx.getTables().stream().flatMap(table -> table.getRows().stream())
                .filter(row -> row.getTableCells().size() > 2 && row.getCell(0).getText().equals(first)
                        && row.getCell(1).getText().equals(second))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + first + " | " + second));
    }

    private static boolean hasColour(BufferedImage image, Color colour) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }
}
