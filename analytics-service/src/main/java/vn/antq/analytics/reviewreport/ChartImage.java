package vn.antq.analytics.reviewreport;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import vn.antq.analytics.reviewreport.ReviewReport.Chart;

/**
 * A report's bar chart as a PNG picture, drawn with Java2D for the documents that take pictures (the DOCX): one
 * horizontal bar per label in the colour the chart gives it, the label before it, the value (formatted for the
 * report's language) after it. The text is drawn in the Liberation Serif the project ships (the document's own face), which has the Vietnamese
 * letters the platform's default fonts may lack.
 */
final class ChartImage {

    /** The picture's width in pixels; the document shows it 16 cm wide, about 250 dots per inch. */
    static final int WIDTH = 1600;

    private static final int PADDING = 24;
    private static final int ROW = 56;
    private static final int BAR = 38;
    private static final int TITLE = 64;
    private static final float LABEL_SIZE = 26f;
    private static final float TITLE_SIZE = 30f;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color AXIS = new Color(0xb0, 0xb8, 0xc4);

    private static final Font REGULAR = font("/fonts/LiberationSerif-Regular.ttf");
    private static final Font BOLD = font("/fonts/LiberationSerif-Bold.ttf");

    private ChartImage() {
    }

    /** The picture's height in pixels for a chart of {@code bars} bars. */
    static int height(int bars) {
        return PADDING * 2 + TITLE + ROW * Math.max(1, bars);
    }

    /** The chart as PNG bytes, {@link #WIDTH} by {@link #height(int)} pixels. */
    static byte[] png(Chart chart, Locale locale) {
        int bars = chart.values().size();
        BufferedImage image = new BufferedImage(WIDTH, height(bars), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            draw(g, chart, locale);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(Graphics2D g, Chart chart, Locale locale) {
        Font title = BOLD.deriveFont(TITLE_SIZE);
        g.setFont(title);
        g.setColor(TEXT);
        g.drawString(fit(chart.title(), g.getFontMetrics(), WIDTH - 2 * PADDING), PADDING, PADDING + g.getFontMetrics().getAscent());

        Font label = REGULAR.deriveFont(LABEL_SIZE);
        g.setFont(label);
        FontMetrics metrics = g.getFontMetrics();
        int labelWidth = (int) (WIDTH * 0.32);
        long max = 1;
        int valueWidth = 0;
        for (Long value : chart.values()) {
            max = Math.max(max, value);
            valueWidth = Math.max(valueWidth, metrics.stringWidth(ReportFormat.number(value, locale)));
        }
        int barLeft = PADDING + labelWidth + 16;
        int barSpace = WIDTH - barLeft - PADDING - valueWidth - 16;
        int top = PADDING + TITLE;
        if (chart.values().isEmpty()) {
            g.setColor(AXIS);
            g.drawString("—", barLeft, top + (ROW + metrics.getAscent()) / 2);
            return;
        }
        for (int i = 0; i < chart.values().size(); i++) {
            long value = chart.values().get(i);
            int y = top + i * ROW;
            int baseline = y + (ROW + metrics.getAscent() - metrics.getDescent()) / 2;
            g.setColor(TEXT);
            String text = fit(chart.labels().get(i), metrics, labelWidth);
            g.drawString(text, PADDING + labelWidth - metrics.stringWidth(text), baseline);
            int length = (int) Math.round((double) barSpace * Math.max(0, value) / max);
            g.setColor(colour(chart, i));
            g.fillRect(barLeft, y + (ROW - BAR) / 2, Math.max(length, 2), BAR);
            g.setColor(TEXT);
            g.drawString(ReportFormat.number(value, locale), barLeft + Math.max(length, 2) + 10, baseline);
        }
        g.setColor(AXIS);
        g.fillRect(barLeft - 2, top, 2, ROW * chart.values().size());
    }

    private static Color colour(Chart chart, int i) {
        try {
            return i < chart.colours().size() ? Color.decode(chart.colours().get(i)) : AXIS;
        } catch (NumberFormatException e) {
            return AXIS;
        }
    }

    /** The text, cut with an ellipsis where it is wider than {@code width}. */
    private static String fit(String text, FontMetrics metrics, int width) {
        String shown = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        if (metrics.stringWidth(shown) <= width) {
            return shown;
        }
        while (shown.length() > 1 && metrics.stringWidth(shown + "…") > width) {
            shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -1));
        }
        return shown + "…";
    }

    private static Font font(String resource) {
        try (InputStream in = ChartImage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Not a TrueType font: " + resource, e);
        }
    }
}
