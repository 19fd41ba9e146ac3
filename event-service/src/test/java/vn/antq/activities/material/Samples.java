package vn.antq.activities.material;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Real files of each kind, made by the tests: their bytes are what a user's file would start with. */
final class Samples {

    private Samples() {
    }

    /**
     * A valid one-page PDF showing {@code text} (ASCII), with its cross-reference table at the right offsets;
     * {@code padding} bytes of comment make it as large as a test needs.
     */
    static byte[] pdf(String text, int padding) {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                stream("BT /F1 14 Tf 20 100 Td (" + text + ") Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        if (padding > 0) {
            pdf.append('%').append("x".repeat(padding)).append('\n');
        }
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] pdf(String text) {
        return pdf(text, 0);
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    /** A real image of one pixel, as ImageIO writes it ({@code png} or {@code jpg}). */
    static byte[] image(String format) {
        BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(pixel, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip holding these entries, as Office writes its files (each entry a small XML). */
    static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pptx() {
        return zip("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "ppt/presentation.xml",
                "ppt/slides/slide1.xml");
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    }

    /** The first box of an ISO media file ({@code ftyp}) with these brands, then an empty {@code mdat}. */
    static byte[] isoMedia(String major, String... compatible) {
        int size = 16 + 4 * compatible.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, (byte) size});
        out.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(major.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 2, 0});
        for (String brand : compatible) {
            out.writeBytes(brand.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[] {0, 0, 0, 8});
        out.writeBytes("mdat".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** An MP3: an ID3v2 tag, then MPEG-1 layer III frames. */
    static byte[] mp3() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        for (int frame = 0; frame < 3; frame++) {
            byte[] bytes = new byte[417];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFB;
            bytes[2] = (byte) 0x90;
            bytes[3] = 0x64;
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** A WAV file of a few samples of silence. */
    static byte[] wav() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {44, 0, 0, 0});
        out.writeBytes("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, (byte) 0x80, 0x3E, 0, 0, 2, 0, 16, 0});
        out.writeBytes("data".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        return out.toByteArray();
    }

    /** The first page of an Ogg stream whose first packet starts with {@code codec} (e.g. "\u0001vorbis"). */
    static byte[] ogg(String codec) {
        byte[] page = new byte[28 + 30];
        System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, page, 0, 4);
        page[5] = 2; // beginning of stream
        page[26] = 1;
        page[27] = 30;
        byte[] packet = codec.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(packet, 0, page, 28, packet.length);
        return page;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
