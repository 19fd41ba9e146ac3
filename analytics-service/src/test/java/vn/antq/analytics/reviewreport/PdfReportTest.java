package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import vn.antq.analytics.reviewreport.ReviewReport.Chart;
import vn.antq.analytics.reviewreport.ReviewReport.Column;
import vn.antq.analytics.reviewreport.ReviewReport.Section;
import vn.antq.analytics.reviewreport.ReviewReport.Table;

/**
 * The PDF as a person reads it, from a report built by hand with narrow tables (many columns, long Vietnamese words):
 * every page renders to a picture, and the text taken back from every page has every word of every cell whole, the
 * numbers written as the language writes them, the date of the figures written out, the header of a long table on
 * each of its pages and nothing outside the margins; the fonts are subsets of Liberation Serif.
 */
class PdfReportTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String AS_OF = "2026-12-04T23:49:20+07:00";
    private static final String LONG_WORD = "antq.example.vn/kon-tum";
    /** One word, wider than its column in a table of sixteen columns. */
    private static final String HYPHENATED = "Liên-hiệp-Phụ-nữ-Kon-Tum";
    private static final List<String> SEVERITIES = List.of("Trung bình", "Cao", "Thấp");
    private static final List<String> FINDINGS = List.of("Tham gia thấp so với dân số", "Nghiêng về một lực lượng",
            "Chưa khuyến khích chuyển đổi số trong trường học", "Mô hình hoạt động hình thức",
            "Khen thưởng chưa tương xứng với kết quả", "Không báo cáo nhiều tháng liền");
    private static final List<String> UNITS = List.of("Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Nông dân",
            "Mặt trận Tổ quốc", "Hội Cựu chiến binh", "Công an xã");

    @Test
    void everyPageRendersToAPictureThatIsNotBlank() throws IOException {
        byte[] bytes = PdfReport.render(report(VI));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            PDFRenderer renderer = new PDFRenderer(pdf);
            Path target = Path.of("target", "pdf-report-test");
            Files.createDirectories(target);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                assertThat(inkedPixels(image)).as("dark pixels on page %d", page + 1).isGreaterThan(500);
                ImageIO.write(image, "png", target.resolve("page-" + (page + 1) + ".png").toFile());
            }
            Files.write(target.resolve("report.pdf"), bytes);
        }
    }

    @Test
    void everyWordOfEveryCellAndHeaderAppearsWholeOnSomeLine() throws IOException {
        ReviewReport report = report(VI);
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report))) {
            Set<String> words = new HashSet<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                words.addAll(Arrays.asList(pageText(pdf, page).split("\\s+")));
            }
            List<String> expected = new ArrayList<>();
            for (Section section : report.sections()) {
                for (Table table : section.tables()) {
                    table.columns().forEach(column -> expected.addAll(words(column.header())));
                    table.rows().forEach(row -> row.stream().filter(String.class::isInstance)
                            .forEach(cell -> expected.addAll(words((String) cell))));
                }
                for (Chart chart : section.charts()) {
                    chart.labels().forEach(label -> expected.addAll(words(label)));
                }
            }
            assertThat(expected).contains("Trung", "bình", "Cao", "Nghiêng", "khuyến", "khích", LONG_WORD, HYPHENATED);
            assertThat(words).containsAll(expected);
            // Pieces of a word broken inside its letters ("Ca o", "Me diu m") are not there.
            assertThat(words).doesNotContain("Ca", "Tru", "bìn", "Nghiê", "khuy");
        }
    }

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report(VI)))) {
            String text = PdfReportTest.text(pdf);
            assertThat(text).contains("1.234.567", "340.512", "12.345", "2,5");
            assertThat(text).doesNotContain("1234567", "340512", "1,234,567");
        }
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report(Locale.ENGLISH)))) {
            String text = PdfReportTest.text(pdf);
            assertThat(text).contains("1,234,567", "340,512", "12,345", "2.5");
            assertThat(text).doesNotContain("1234567", "1.234.567");
        }
    }

    @Test
    void theHeadingWritesOutWhenTheFiguresWereComputedAndTheFootNumbersThePages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report(VI)))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pageText(pdf, 1)).contains("Số liệu tính đến ngày 04 tháng 12 năm 2026, 23:49")
                    .doesNotContain("2026-12-04", "T23:49");
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(pdf, page)).contains("Trang " + page + "/" + pages);
            }
        }
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report(Locale.ENGLISH)))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pageText(pdf, 1)).contains("Figures as of 4 December 2026, 23:49").doesNotContain("2026-12-04");
            assertThat(pageText(pdf, pages)).contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderRowOnEveryPageItRunsOnto() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report(VI)))) {
            List<Integer> pagesWithRows = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = pageText(pdf, page);
                if (text.contains("Tổ tự quản số ")) {
                    pagesWithRows.add(page);
                    assertThat(text).as("page %d", page).contains("Thành viên", "Xã, phường, thị trấn");
                }
            }
            assertThat(pagesWithRows).hasSizeGreaterThan(1);
            assertThat(text(pdf)).containsPattern("Tổ tự quản số 1\\s").containsPattern("Tổ tự quản số 150\\s");
        }
    }

    @Test
    void numbersAreRightAlignedAndNothingCrossesTheMargins() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report(VI)))) {
            Positions positions = new Positions();
            positions.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                positions.setStartPage(page);
                positions.setEndPage(page);
                positions.getText(pdf);
                float pageWidth = pdf.getPage(page - 1).getMediaBox().getWidth();
                for (TextPosition glyph : positions.glyphs) {
                    assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThanOrEqualTo(PdfReport.MARGIN - 0.5f);
                    assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode())
                            .isLessThanOrEqualTo(pageWidth - PdfReport.MARGIN + 0.5f);
                }
            }
            // The long table's members (1 to 150 000): different widths, one right edge.
            assertThat(positions.memberEdges).hasSizeGreaterThan(100);
            float first = positions.memberEdges.get(0);
            assertThat(positions.memberEdges).allSatisfy(edge -> assertThat(edge).isCloseTo(first,
                    org.assertj.core.data.Offset.offset(0.5f)));
            assertThat(positions.memberStarts.stream().distinct().count()).isGreaterThan(3);
        }
    }

    @Test
    void theFontsAreEmbeddedSubsetsOfLiberationSerif() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report(VI)))) {
            Set<String> fonts = fonts(pdf);
            assertThat(fonts).contains("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic");
            assertThat(fonts).allSatisfy(font -> assertThat(font).startsWith("LiberationSerif"));
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.+");
                }
            }
        }
    }

    @Test
    void aCharacterLiberationSerifLacksIsDrawnByTheFallbackOrShownReplaced() throws IOException {
        ReviewReport report = new ReviewReport(VI, "Báo cáo thử", "2023-01 – 2023-12", "Tỉnh Khánh Hòa (56)", AS_OF, null,
                List.of(new Section("Mô hình", List.of(), List.of(new Table("Mô hình", List.of(
                        new Column("Tên", false), new Column("Thành viên", true)),
                        List.of(List.of("PROBE 😀 模型 mô hình thử", 7L)))))));
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(report))) {
            assertThat(text(pdf).replaceAll("\\s+", " ")).contains("PROBE 😀 \uFFFD\uFFFD mô hình thử");
            assertThat(fonts(pdf)).contains("LiberationSerif", "DejaVuSans");
        }
    }

    @Test
    void aLineBreaksBetweenWordsAndOnlyAWordWiderThanTheColumnIsSetSmallerWhole() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfReport pdf = new PdfReport(document, VI);
            PDType0Font font = PDType0Font.load(document, PdfReport.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf"));
            float column = pdf.width("Trung bình", font, 10) - 1;
            assertThat(pdf.wrap("Trung bình", font, 10, column)).containsExactly(new PdfReport.Line("Trung", 10),
                    new PdfReport.Line("bình", 10));
            // "Nghiêng" alone is wider than the column: it keeps its letters together, smaller.
            float narrow = pdf.width("Nghiêng", font, 10) / 2;
            List<PdfReport.Line> lines = pdf.wrap("Cao Nghiêng về", font, 10, narrow);
            assertThat(lines).extracting(PdfReport.Line::text).containsExactly("Cao", "Nghiêng", "về");
            assertThat(lines.get(1).size()).isLessThan(10);
            assertThat(pdf.width("Nghiêng", font, lines.get(1).size())).isLessThanOrEqualTo(narrow);
            // A word no column could hold, even at the smallest size, is the one thing cut.
            String absurd = "a".repeat(400);
            List<PdfReport.Line> pieces = pdf.wrap(absurd, font, 10, 50);
            assertThat(pieces).hasSizeGreaterThan(1);
            assertThat(String.join("", pieces.stream().map(PdfReport.Line::text).toList())).isEqualTo(absurd);
            for (PdfReport.Line piece : pieces) {
                assertThat(pdf.width(piece.text(), font, piece.size())).isLessThanOrEqualTo(50);
            }
        }
    }

    /** A report of narrow tables: findings of ten columns, a table of sixteen, a long one, a chart, an empty one. */
    private static ReviewReport report(Locale locale) {
        List<List<Object>> findings = new ArrayList<>();
        long[] figures = {1_234_567, 340_512, 12_345, 12, 0, 987};
        for (int i = 0; i < FINDINGS.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(FINDINGS.get(i), SEVERITIES.get(i % 3), UNITS.get(i),
                    i == 2 ? LONG_WORD : "Xã Đăk Blà, huyện Kon Rẫy"));
            for (int f = 0; f < figures.length; f++) {
                row.add(figures[(f + i) % figures.length]);
            }
            findings.add(row);
        }
        findings.get(0).set(9, 2.5);
        List<Column> findingColumns = new ArrayList<>(List.of(new Column("Hạn chế", false), new Column("Mức độ", false),
                new Column("Lực lượng", false), new Column("Địa bàn", false)));
        for (String header : List.of("Lượt người tham gia", "Số buổi", "Lượt tiếp cận", "Tin bài", "Mô hình",
                "Khen thưởng trên nghìn dân")) {
            findingColumns.add(new Column(header, true));
        }

        List<Column> wide = new ArrayList<>(List.of(new Column("Lực lượng", false), new Column("Mức độ", false)));
        List<List<Object>> wideRows = new ArrayList<>();
        for (int c = 1; c <= 14; c++) {
            wide.add(new Column("Năm " + (2010 + c), true));
        }
        for (int r = 0; r < UNITS.size(); r++) {
            List<Object> row = new ArrayList<>(List.of(r == 0 ? HYPHENATED : UNITS.get(r), SEVERITIES.get(r % 3)));
            for (int c = 1; c <= 14; c++) {
                row.add((long) Math.pow(7, (c + r) % 9));
            }
            wideRows.add(row);
        }

        List<List<Object>> members = new ArrayList<>();
        for (int r = 1; r <= 150; r++) {
            members.add(List.of("Tổ tự quản số " + r, "Xã Ngọc Hồi, huyện Đăk Tô", (long) Math.pow(10, r % 6) * r % 150_001));
        }

        Chart chart = new Chart("Lượt người tham gia theo lực lượng", UNITS,
                List.of(340_512L, 120_000L, 98_000L, 45_000L, 30_000L, 1_200L),
                List.of("#c0392b", "#2e86c1", "#27ae60", "#8e44ad", "#d35400", "#7f8c8d"));
        return new ReviewReport(locale, "Báo cáo tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
                "2019-01 – 2024-12", "Tỉnh Kon Tum (62)", AS_OF, null, List.of(
                        new Section("Công tác tuyên truyền", List.of(chart), List.of(
                                new Table("Hạn chế theo lực lượng", findingColumns, findings),
                                new Table("Lượt người tham gia theo năm", wide, wideRows))),
                        new Section("Mô hình tự quản", List.of(), List.of(
                                new Table("Tổ tự quản và thành viên",
                                        List.of(new Column("Mô hình", false), new Column("Xã, phường, thị trấn", false),
                                                new Column("Thành viên", true)), members),
                                new Table("Khen thưởng", List.of(new Column("Hình thức", false), new Column("Số", true)),
                                        List.of())))));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("[ \\t]+", " ");
    }

    /** The fonts the pages use, without their subset prefix. */
    private static Set<String> fonts(PDDocument pdf) throws IOException {
        Set<String> fonts = new HashSet<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        return fonts;
    }

    private static long inkedPixels(BufferedImage image) {
        long inked = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 3 * 200) {
                    inked++;
                }
            }
        }
        return inked;
    }

    /** Every glyph's position, and where the long table's member counts (a line's last word, a number) end. */
    private static final class Positions extends PDFTextStripper {

        final List<TextPosition> glyphs = new ArrayList<>();
        final List<Float> memberEdges = new ArrayList<>();
        final List<Float> memberStarts = new ArrayList<>();
        private boolean inMemberRow;

        Positions() throws IOException {
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs.clear();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            glyphs.addAll(positions);
            if (text.startsWith("Tổ tự quản số ")) {
                inMemberRow = true;
            } else if (inMemberRow && text.matches("[0-9.]+")) {
                TextPosition end = positions.get(positions.size() - 1);
                memberEdges.add(end.getXDirAdj() + end.getWidthDirAdj());
                memberStarts.add(positions.get(0).getXDirAdj());
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            inMemberRow = false;
            super.writeLineSeparator();
        }
    }
}
