package vn.antq.analytics.reviewreport;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * The report as a PDF (A4) in Liberation Serif, Times New Roman's metric twin with every Vietnamese letter, embedded
 * as subsets: the heading (title, period and locality, when the figures were computed, written out), then per
 * section its bar charts drawn with the page's own graphics and its tables; "Trang 2/7" / "Page 2 of 7" at the foot.
 * <p>
 * Tables size their columns to their content, measured with the font: a numeric column is as wide as its widest
 * number (or the longest word of its header), the text columns share the rest in proportion to their texts, and text
 * wraps between words, never inside one. Only a single word wider than its whole column (a table of very many columns)
 * is drawn smaller so that it fits, still whole. Numbers are right-aligned and written as the language writes them
 * (1.234 / 1,234); a table that runs onto a new page repeats its header row there.
 * <p>
 * A character Liberation Serif has no glyph for is drawn with DejaVu Sans (an emoji in a name); one neither font has
 * (Chinese) is shown as the replacement character, so that the reader sees something is missing and the report is
 * still made.
 */
final class PdfReport {

    static final String MEDIA_TYPE = "application/pdf";

    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    /** Cell text size; a table too wide for it at this size is set smaller, down to {@link #SMALLEST_CELL}. */
    static final float CELL = 9.5f;
    static final float SMALLEST_CELL = 6.5f;
    /** Below this a word wider than its column is no longer shrunk but cut (a word no column could hold). */
    private static final float SMALLEST_WORD = 4;
    /** The most of the text columns' room one word may claim before it is set smaller. */
    private static final float LONGEST_WORD = 0.25f;
    private static final float LEADING = 1.2f;
    private static final float PAD = 3;
    private static final float VPAD = 2.5f;
    private static final int REPLACEMENT = 0xFFFD;
    private static final Color HEADER = new Color(0xe8, 0xec, 0xf2);
    private static final Color RULE = new Color(0x8a, 0x94, 0xa3);
    private static final Color SECTION = new Color(0x12, 0x3a, 0x6b);

    private final PDDocument document;
    private final Locale locale;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDType0Font italic;
    /** DejaVu Sans, loaded when a text first needs a glyph Liberation Serif lacks. */
    private PDType0Font fallback;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new IdentityHashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfReport(PDDocument document, Locale locale) throws IOException {
        this.document = document;
        this.locale = locale;
        this.regular = font("/fonts/LiberationSerif-Regular.ttf");
        this.bold = font("/fonts/LiberationSerif-Bold.ttf");
        this.italic = font("/fonts/LiberationSerif-Italic.ttf");
    }

    static byte[] render(ReviewReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            info.setSubject(report.periodText() + " · " + report.localityText());
            document.getDocumentCatalog().setLanguage(ReportFormat.english(report.locale()) ? "en" : "vi");
            new PdfReport(document, report.locale()).write(report);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(ReviewReport report) throws IOException {
        newPage();
        for (Line line : wrap(report.title(), bold, 16, WIDTH)) {
            centred(line.text(), y - 16, bold, 16, Color.BLACK);
            y -= 20;
        }
        y -= 2;
        for (Line line : wrap(report.periodText() + "   ·   " + report.localityText(), regular, 11, WIDTH)) {
            centred(line.text(), y - 11, regular, 11, Color.DARK_GRAY);
            y -= 14;
        }
        if (report.asOf() != null && !report.asOf().isBlank()) {
            String asOf = (ReportText.of("figures-as-of", locale) + " ")
                    + ReportFormat.dateTime(report.asOf(), locale);
            centred(asOf, y - 10, italic, 10, Color.DARK_GRAY);
            y -= 14;
        }
        y -= 12;
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
                content = footer;
                String label = ReportText.of("page", locale).replace("{n}", String.valueOf(i + 1)).replace("{of}", String.valueOf(n));
                text(label, MARGIN + WIDTH - width(label, regular, 9), MARGIN - 5, regular, 9, Color.GRAY);
            }
        }
        content = null;
    }

    private void heading(String title) throws IOException {
        List<Line> lines = wrap(title, bold, 13, WIDTH);
        need(lines.size() * 16 + 70);
        y -= 6;
        for (Line line : lines) {
            text(line.text(), MARGIN, y - 13, bold, 13, SECTION);
            y -= 16;
        }
        y -= 2;
        content.setStrokingColor(RULE);
        content.setLineWidth(0.8f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
        y -= 10;
    }

    /**
     * Horizontal bars, each in the colour the chart gives it: the label (wrapped between words in a column as wide as
     * the longest label needs, at most two fifths of the page), the bar scaled to the largest value, the value after it.
     */
    private void chart(Chart chart) throws IOException {
        if (chart.values().isEmpty()) {
            return;
        }
        float size = CELL;
        float line = size * LEADING;
        float labelWidth = 0;
        float valueWidth = 0;
        for (int i = 0; i < chart.values().size(); i++) {
            labelWidth = Math.max(labelWidth, width(chart.labels().get(i), regular, size));
            valueWidth = Math.max(valueWidth, width(ReportFormat.number(chart.values().get(i), locale), regular, size));
        }
        labelWidth = Math.min(labelWidth + 2 * PAD, WIDTH * 0.4f);
        float barSpace = WIDTH - labelWidth - valueWidth - 2 * PAD;
        List<Line> title = wrap(chart.title(), bold, 10.5f, WIDTH);
        need(title.size() * 14 + 6 + line * Math.min(chart.values().size(), 4));
        for (Line titleLine : title) {
            text(titleLine.text(), MARGIN, y - 10.5f, bold, 10.5f, Color.BLACK);
            y -= 14;
        }
        y -= 2;
        long max = Math.max(1, chart.values().stream().mapToLong(Long::longValue).max().orElse(1));
        for (int i = 0; i < chart.values().size(); i++) {
            long value = chart.values().get(i);
            List<Line> label = wrap(chart.labels().get(i), regular, size, labelWidth - 2 * PAD);
            float height = label.size() * line + 3;
            need(height);
            for (int l = 0; l < label.size(); l++) {
                text(label.get(l).text(), MARGIN, y - size - l * line, regular, label.get(l).size(), Color.BLACK);
            }
            float bar = barSpace * value / max;
            content.setNonStrokingColor(Color.decode(chart.colours().get(i)));
            content.addRect(MARGIN + labelWidth, y - size - 1.5f, Math.max(bar, 0.5f), size);
            content.fill();
            text(ReportFormat.number(value, locale), MARGIN + labelWidth + bar + PAD, y - size, regular, size, Color.DARK_GRAY);
            y -= height;
        }
        y -= 8;
    }

    private void table(Table table) throws IOException {
        List<Column> columns = table.columns();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> cells : table.rows()) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                texts.add(c < cells.size() ? cellText(cells.get(c)) : "");
            }
            rows.add(texts);
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        Layout layout = layout(columns, headers, rows);

        List<Line> title = wrap(table.title(), bold, 10.5f, WIDTH);
        float firstRow = rows.isEmpty() ? layout.line() + 2 * VPAD : rowHeight(rows.get(0), layout, false);
        need(title.size() * 14 + 4 + rowHeight(headers, layout, true) + firstRow);
        for (Line line : title) {
            text(line.text(), MARGIN, y - 10.5f, bold, 10.5f, Color.BLACK);
            y -= 14;
        }
        y -= 4;
        row(headers, columns, layout, true);
        if (rows.isEmpty()) {
            Layout whole = new Layout(layout.size(), new float[] {WIDTH});
            row(List.of("—"), List.of(new Column("", false)), whole, false);
        }
        for (List<String> cells : rows) {
            if (y - rowHeight(cells, layout, false) < BOTTOM) {
                newPage();
                row(headers, columns, layout, true);
            }
            row(cells, columns, layout, false);
        }
        y -= 12;
    }

    /** A number as the report's language writes it: whole numbers grouped, a fraction as {@link ReportFormat#figure}. */
    private String cellText(Object cell) {
        if (cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte
                || cell instanceof BigInteger) {
            return ReportFormat.number(((Number) cell).longValue(), locale);
        }
        if (cell instanceof Number number) {
            return ReportFormat.figure(number.doubleValue(), locale);
        }
        return cell == null ? "" : cell.toString();
    }

    /** The text size of a table and the width of each of its columns. */
    record Layout(float size, float[] widths) {

        float line() {
            return size * LEADING;
        }
    }

    /**
     * Columns sized to their content, measured with the fonts. Each column has a least width (its longest word, up to
     * a quarter of the room the numeric columns leave; a numeric column's widest number, never wrapped) and a natural
     * width (its longest text on one line). All natural widths fitting, the spare width goes to the text columns in
     * proportion to their natural widths. Otherwise the numeric columns get their least width; a text column whose
     * longest text fits in a fair share of what is left gets it whole, the other text columns their least width plus
     * a share of the rest in proportion to how much more their texts need, and what the text columns do not need
     * goes to the numeric columns (their headers then take fewer lines). When even the least
     * widths do not fit, the table's text is set smaller (down to {@link #SMALLEST_CELL}), then the text columns share
     * what the numbers leave (or, with very many numeric columns, all columns the page) in proportion to their least
     * widths, and a word wider than its column is drawn smaller to fit it (see {@link #wrap}).
     */
    Layout layout(List<Column> columns, List<String> headers, List<List<String>> rows) throws IOException {
        int n = columns.size();
        // Widths at a text size of 1 (they scale with the size), without the cell's padding.
        float[] least = new float[n];
        float[] natural = new float[n];
        // The numeric columns first: what they leave is the text columns' room, of which a single word may claim
        // LONGEST_WORD (more, and it is set smaller), but never less than the width of the page times half that.
        float numericSpace = 0;
        for (int c = 0; c < n; c++) {
            if (columns.get(c).numeric()) {
                measure(headers.get(c), bold, c, least, natural, false, Float.MAX_VALUE);
                for (List<String> row : rows) {
                    measure(row.get(c), regular, c, least, natural, true, Float.MAX_VALUE);
                }
                numericSpace += least[c] * CELL + 2 * PAD;
            }
        }
        float longest = Math.max(WIDTH * LONGEST_WORD / 2, (WIDTH - numericSpace) * LONGEST_WORD) / CELL;
        for (int c = 0; c < n; c++) {
            if (!columns.get(c).numeric()) {
                measure(headers.get(c), bold, c, least, natural, false, longest);
                for (List<String> row : rows) {
                    measure(row.get(c), regular, c, least, natural, false, longest);
                }
            }
        }
        float sumLeast = 0;
        for (float width : least) {
            sumLeast += width;
        }
        float size = CELL;
        if (sumLeast * size + 2 * PAD * n > WIDTH) {
            size = Math.max(SMALLEST_CELL, (WIDTH - 2 * PAD * n) / sumLeast);
        }
        float[] min = new float[n];
        float[] max = new float[n];
        float sumMin = 0;
        float sumMax = 0;
        for (int c = 0; c < n; c++) {
            min[c] = least[c] * size + 2 * PAD;
            max[c] = Math.max(natural[c] * size + 2 * PAD, min[c]);
            sumMin += min[c];
            sumMax += max[c];
        }
        float[] widths = new float[n];
        if (sumMax <= WIDTH) {
            float textNatural = 0;
            for (int c = 0; c < n; c++) {
                textNatural += columns.get(c).numeric() ? 0 : max[c];
            }
            for (int c = 0; c < n; c++) {
                float share = textNatural > 0 ? (columns.get(c).numeric() ? 0 : max[c] / textNatural) : 1f / n;
                widths[c] = max[c] + (WIDTH - sumMax) * share;
            }
            return new Layout(size, widths);
        }
        if (sumMin > WIDTH) {
            // Numbers keep their width while the text columns still get a fifth of the page between them; their
            // words wider than the column are set smaller. With even less room, every column gives up its share.
            float numericMin = 0;
            float textMin = 0;
            for (int c = 0; c < n; c++) {
                if (columns.get(c).numeric()) {
                    numericMin += min[c];
                } else {
                    textMin += min[c];
                }
            }
            boolean numbersWhole = textMin > 0 && numericMin <= WIDTH * 0.8f;
            for (int c = 0; c < n; c++) {
                widths[c] = !numbersWhole ? WIDTH * min[c] / sumMin
                        : columns.get(c).numeric() ? min[c] : (WIDTH - numericMin) * min[c] / textMin;
            }
            return new Layout(size, widths);
        }
        // Everyone has their least width. A text column whose whole text fits in a fair share of the room left
        // (the room divided by the text columns not yet settled) gets it whole, one line per cell; the others grow
        // towards their natural width in proportion to how much more they need; what they do not need goes to the
        // numeric columns (their headers on fewer lines).
        float spare = WIDTH - sumMin;
        boolean[] settled = new boolean[n];
        for (int c = 0; c < n; c++) {
            widths[c] = min[c];
            settled[c] = columns.get(c).numeric();
        }
        boolean again = true;
        while (again) {
            again = false;
            int open = 0;
            float room = spare;
            for (int c = 0; c < n; c++) {
                if (!settled[c]) {
                    open++;
                    room += min[c];
                }
            }
            for (int c = 0; c < n && open > 0; c++) {
                if (!settled[c] && max[c] <= room / open && max[c] - min[c] <= spare) {
                    spare -= max[c] - min[c];
                    widths[c] = max[c];
                    settled[c] = true;
                    again = true;
                    break;
                }
            }
        }
        for (boolean numeric : new boolean[] {false, true}) {
            float wanted = 0;
            for (int c = 0; c < n; c++) {
                boolean takes = columns.get(c).numeric() == numeric && (numeric || !settled[c]);
                wanted += takes ? max[c] - min[c] : 0;
            }
            if (wanted <= 0 || spare <= 0) {
                continue;
            }
            float given = Math.min(spare, wanted);
            for (int c = 0; c < n; c++) {
                if (columns.get(c).numeric() == numeric && (numeric || !settled[c])) {
                    widths[c] += (max[c] - min[c]) * given / wanted;
                }
            }
            spare -= given;
        }
        return new Layout(size, widths);
    }

    /**
     * A text's widths at size 1 into its column's least and natural width; a word longer than {@code longest} counts
     * as that long: it will be set smaller.
     */
    private void measure(String text, PDType0Font font, int c, float[] least, float[] natural, boolean whole,
            float longest) throws IOException {
        float full = width(text, font, 1);
        if (whole) {
            least[c] = Math.max(least[c], full);
            natural[c] = Math.max(natural[c], full);
            return;
        }
        for (String word : words(text)) {
            float word1 = width(word, font, 1);
            least[c] = Math.max(least[c], Math.min(word1, longest));
            full -= Math.max(0, word1 - longest);
        }
        natural[c] = Math.max(natural[c], full);
    }

    private float rowHeight(List<String> cells, Layout layout, boolean header) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, wrap(cells.get(c), header ? bold : regular, layout.size(), layout.widths()[c] - 2 * PAD).size());
        }
        return lines * layout.line() + 2 * VPAD;
    }

    /** One row of cells with their borders; the header row shaded, its cells centred; numbers right-aligned. */
    private void row(List<String> cells, List<Column> columns, Layout layout, boolean header) throws IOException {
        PDType0Font font = header ? bold : regular;
        float[] widths = layout.widths();
        List<List<Line>> lines = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<Line> wrapped = wrap(cells.get(c), font, layout.size(), widths[c] - 2 * PAD);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        float rowHeight = height * layout.line() + 2 * VPAD;
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
                Line line = lines.get(c).get(l);
                float lineWidth = width(line.text(), font, line.size());
                float at = header ? x + (widths[c] - lineWidth) / 2
                        : numeric ? x + widths[c] - PAD - lineWidth : x + PAD;
                text(line.text(), at, y - VPAD - layout.size() * 0.92f - l * layout.line(), font, line.size(), Color.BLACK);
            }
            x += widths[c];
        }
        content.setStrokingColor(RULE);
        content.setLineWidth(0.4f);
        x = MARGIN;
        for (float width : widths) {
            content.addRect(x, y - rowHeight, width, rowHeight);
            x += width;
        }
        content.stroke();
        y -= rowHeight;
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

    private void centred(String text, float baseline, PDType0Font font, float size, Color color) throws IOException {
        text(text, MARGIN + (WIDTH - width(text, font, size)) / 2, baseline, font, size, color);
    }

    /** Draws a line of text, each character in the first font that has it (see {@link #runs}). */
    private void text(String text, float x, float baseline, PDType0Font font, float size, Color color) throws IOException {
        List<Run> runs = runs(text, font);
        if (runs.isEmpty()) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        for (Run run : runs) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    /** A line of a wrapped text and its size (smaller than asked only for a word wider than the column). */
    record Line(String text, float size) {
    }

    /**
     * Splits text into lines no wider than {@code width}, between words. A single word wider than the whole width is
     * set on a line of its own at the size that makes it fit, so that it stays whole; only below
     * {@link #SMALLEST_WORD} points (a word no column could hold) is it cut.
     */
    List<Line> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(new Line(line.toString(), size));
                line.setLength(0);
            }
            float wordWidth = width(word, font, size);
            if (wordWidth <= width) {
                line.append(word);
                continue;
            }
            float shrunk = size * width / wordWidth;
            if (shrunk >= SMALLEST_WORD) {
                lines.add(new Line(word, (float) Math.floor(shrunk * 100) / 100));
                continue;
            }
            int[] codePoints = word.codePoints().toArray();
            int start = 0;
            while (start < codePoints.length) {
                int end = start + 1;
                while (end < codePoints.length
                        && width(new String(codePoints, start, end + 1 - start), font, SMALLEST_WORD) <= width) {
                    end++;
                }
                lines.add(new Line(new String(codePoints, start, end - start), SMALLEST_WORD));
                start = end;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(line.toString(), size));
        }
        return lines;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.strip().split("[\\s\\p{Cntrl}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    float width(String text, PDType0Font font, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, font)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** A stretch of text drawn in one font. */
    private record Run(String text, PDType0Font font) {
    }

    /**
     * The text cut into runs by font: a character in {@code font} if it has it, else in DejaVu Sans (an emoji), else
     * the replacement character (Chinese: neither has it). Control characters (a line break in a name) become spaces.
     */
    private List<Run> runs(String text, PDType0Font font) throws IOException {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        StringBuilder run = new StringBuilder();
        PDType0Font current = null;
        for (int codePoint : text.codePoints().toArray()) {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                codePoint = ' ';
            }
            PDType0Font drawn;
            if (hasGlyph(font, codePoint)) {
                drawn = font;
            } else if (hasGlyph(fallback(), codePoint)) {
                drawn = fallback();
            } else {
                drawn = fallback();
                codePoint = REPLACEMENT;
            }
            if (drawn != current && !run.isEmpty()) {
                runs.add(new Run(run.toString(), current));
                run.setLength(0);
            }
            current = drawn;
            run.appendCodePoint(codePoint);
        }
        runs.add(new Run(run.toString(), current));
        return runs;
    }

    private boolean hasGlyph(PDType0Font font, int codePoint) {
        return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private PDType0Font fallback() throws IOException {
        if (fallback == null) {
            fallback = font("/fonts/DejaVuSans.ttf");
        }
        return fallback;
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }
}
