package vn.antq.analytics.reviewreport;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.antq.analytics.reviewreport.ReviewReport.Chart;
import vn.antq.analytics.reviewreport.ReviewReport.Column;
import vn.antq.analytics.reviewreport.ReviewReport.Section;
import vn.antq.analytics.reviewreport.ReviewReport.Table;

/**
 * The report as a PDF (A4): a heading per section, its bar charts drawn with the page's own graphics, then its
 * tables, wrapping long text. The DejaVu Sans fonts are embedded (subset), because the standard PDF fonts have no
 * Vietnamese letters ("Hội Liên hiệp Phụ nữ" needs ộ, ệ, ụ, ữ).
 */
final class PdfReport {

    static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float CELL_FONT = 8;
    private static final float LINE = 10;
    private static final float NUMBER_COLUMN = 62;
    private static final int REPLACEMENT = 0xFFFD;
    private static final Color HEADER = new Color(0xe8, 0xec, 0xf2);
    private static final Color RULE = new Color(0xb0, 0xb8, 0xc4);

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final NumberFormat numbers;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    private PdfReport(PDDocument document, Locale locale) throws IOException {
        this.document = document;
        this.regular = font(document, "/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
        this.numbers = NumberFormat.getIntegerInstance(locale.getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("vi-VN"));
    }

    static byte[] render(ReviewReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            info.setSubject(report.periodText() + " · " + report.localityText());
            new PdfReport(document, report.locale()).write(report);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(ReviewReport report) throws IOException {
        newPage();
        for (String line : wrap(report.title(), bold, 16, WIDTH)) {
            text(line, MARGIN, y - 16, bold, 16, Color.BLACK);
            y -= 20;
        }
        y -= 4;
        text(report.periodText() + "   ·   " + report.localityText(), MARGIN, y - 10, regular, 10, Color.DARK_GRAY);
        y -= 14;
        text(report.asOf(), MARGIN, y - 9, regular, 9, Color.GRAY);
        y -= 22;
        for (Section section : report.sections()) {
            heading(section.title());
            for (Chart chart : section.charts()) {
                chart(chart);
            }
            for (Table table : section.tables()) {
                table(table);
            }
        }
        content.close();
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = (i + 1) + " / " + n;
                footer.beginText();
                footer.setFont(regular, 8);
                footer.setNonStrokingColor(Color.GRAY);
                footer.newLineAtOffset(MARGIN + WIDTH - width(label, regular, 8), MARGIN - 5);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    private void heading(String title) throws IOException {
        need(60);
        y -= 6;
        text(title, MARGIN, y - 13, bold, 13, new Color(0x12, 0x3a, 0x6b));
        y -= 18;
        content.setStrokingColor(RULE);
        content.setLineWidth(0.8f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
        y -= 10;
    }

    /** Horizontal bars: label, bar scaled to the largest value, the value after it. */
    private void chart(Chart chart) throws IOException {
        if (chart.values().isEmpty()) {
            return;
        }
        float row = 13;
        float labelWidth = 160;
        float barSpace = WIDTH - labelWidth - 70;
        need(18 + row * Math.min(chart.values().size(), 4));
        text(chart.title(), MARGIN, y - 10, bold, 10, Color.BLACK);
        y -= 16;
        long max = Math.max(1, chart.values().stream().mapToLong(Long::longValue).max().orElse(1));
        for (int i = 0; i < chart.values().size(); i++) {
            need(row);
            long value = chart.values().get(i);
            String label = fit(chart.labels().get(i), regular, CELL_FONT, labelWidth - 6);
            text(label, MARGIN, y - 9, regular, CELL_FONT, Color.BLACK);
            float bar = barSpace * value / max;
            content.setNonStrokingColor(Color.decode(chart.colours().get(i)));
            content.addRect(MARGIN + labelWidth, y - 10, Math.max(bar, 0.5f), 9);
            content.fill();
            text(numbers.format(value), MARGIN + labelWidth + bar + 4, y - 9, regular, CELL_FONT, Color.DARK_GRAY);
            y -= row;
        }
        y -= 8;
    }

    private void table(Table table) throws IOException {
        List<Column> columns = table.columns();
        float[] widths = widths(table);
        need(80);
        text(table.title(), MARGIN, y - 10, bold, 10, Color.BLACK);
        y -= 14;
        List<String> headers = columns.stream().map(Column::header).toList();
        row(headers, columns, widths, true);
        if (table.rows().isEmpty()) {
            row(List.of("—"), List.of(new Column("", false)), new float[] {WIDTH}, false);
        }
        for (List<Object> cells : table.rows()) {
            List<String> texts = new ArrayList<>();
            for (Object cell : cells) {
                texts.add(cell instanceof Number n ? numbers.format(n.longValue()) : cell == null ? "" : cell.toString());
            }
            row(texts, columns, widths, false);
        }
        y -= 10;
    }

    private void row(List<String> cells, List<Column> columns, float[] widths, boolean header) throws IOException {
        PDType0Font font = header ? bold : regular;
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> wrapped = wrap(cells.get(c), font, CELL_FONT, widths[c] - 6);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        float rowHeight = height * LINE + 4;
        if (y - rowHeight < BOTTOM) {
            newPage();
        }
        if (header) {
            content.setNonStrokingColor(HEADER);
            content.addRect(MARGIN, y - rowHeight, WIDTH, rowHeight);
            content.fill();
        }
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            boolean numeric = columns.get(c).numeric() && !header;
            for (int l = 0; l < lines.get(c).size(); l++) {
                String line = lines.get(c).get(l);
                float at = numeric ? x + widths[c] - 3 - width(line, font, CELL_FONT) : x + 3;
                text(line, at, y - 2 - LINE * (l + 1) + 2, font, CELL_FONT, Color.BLACK);
            }
            x += widths[c];
        }
        y -= rowHeight;
        content.setStrokingColor(RULE);
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
    }

    /** Numbers get a narrow column each; text columns share the rest by how long their texts are. */
    private static float[] widths(Table table) {
        List<Column> columns = table.columns();
        long numeric = columns.stream().filter(Column::numeric).count();
        float numberWidth = Math.min(NUMBER_COLUMN, WIDTH / (2f * Math.max(1, numeric)));
        float[] weights = new float[columns.size()];
        float total = 0;
        for (int c = 0; c < weights.length; c++) {
            if (!columns.get(c).numeric()) {
                int longest = columns.get(c).header().length();
                for (List<Object> row : table.rows()) {
                    longest = Math.max(longest, c < row.size() && row.get(c) != null ? row.get(c).toString().length() : 0);
                }
                weights[c] = Math.max(10, Math.min(longest, 80));
                total += weights[c];
            }
        }
        float textSpace = WIDTH - numberWidth * numeric;
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).numeric() ? numberWidth : textSpace * weights[c] / total;
        }
        if (total == 0) {
            widths[widths.length - 1] += textSpace;
        }
        return widths;
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    private void text(String text, float x, float baseline, PDType0Font font, float size, Color color) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        content.showText(clean(text, font));
        content.endText();
    }

    /** Splits text into lines no wider than {@code width}, at spaces where it can. */
    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, font, size) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String fit(String text, PDType0Font font, float size, float width) throws IOException {
        String clean = clean(text, font);
        if (width(clean, font, size) <= width) {
            return clean;
        }
        while (clean.length() > 1 && width(clean + "…", font, size) > width) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean + "…";
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(clean(text, font)) / 1000 * size;
    }

    /**
     * Control characters (a line break in a name) cannot be shown: they become spaces. A character the font has no
     * glyph for (Chinese, an emoji: a name may hold any) is shown as the replacement character, so that the reader
     * sees something is missing and the report is still made.
     */
    static String clean(String text, PDType0Font font) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                shown.append(' ');
            } else if (codePoint < 0x80 || hasGlyph(font, codePoint)) {
                shown.appendCodePoint(codePoint);
            } else {
                shown.append(hasGlyph(font, REPLACEMENT) ? (char) REPLACEMENT : '?');
            }
        });
        return shown.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }
}
