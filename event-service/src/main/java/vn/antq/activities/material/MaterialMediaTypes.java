package vn.antq.activities.material;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, found from its content alone (its magic bytes, and for zip and ISO media files what is inside), never
 * from its name or the content type its sender declared; and which of those the library takes: PDF, JPEG and PNG
 * images, MP4 video, MP3, M4A, WAV and Ogg audio, PowerPoint (PPTX) and Word (DOCX) documents.
 *
 * <p>Apache Tika (core) reads the magic bytes. Where it can only say "a zip" ({@code application/zip},
 * {@code application/x-tika-ooxml}), the zip's central directory decides: {@code [Content_Types].xml} with entries
 * under {@code ppt/}, {@code word/} or {@code xl/} is a presentation, a document or a workbook, macro-enabled when it
 * holds a {@code vbaProject.bin}. Where it can only say "an ISO media file" ({@code video/quicktime}, from the bare
 * {@code ftyp} box), the box's brands decide between MP4 and QuickTime. Every Ogg audio codec Tika names is
 * {@code audio/ogg}.
 */
public final class MaterialMediaTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String MP4 = "video/mp4";
    public static final String MP3 = "audio/mpeg";
    public static final String M4A = "audio/mp4";
    public static final String WAV = "audio/vnd.wave";
    public static final String OGG = "audio/ogg";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTM = "application/vnd.ms-powerpoint.presentation.macroenabled.12";
    static final String DOCM = "application/vnd.ms-word.document.macroenabled.12";
    static final String XLSM = "application/vnd.ms-excel.sheet.macroenabled.12";
    static final String ZIP = "application/zip";
    static final String QUICKTIME = "video/quicktime";

    /** The types the library takes, each with the name people know it by and the extension a nameless file gets. */
    private static final Map<String, String[]> ALLOWED = allowed();

    /** Brands of the ISO base media file format that make it MP4 rather than QuickTime. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
            "iso8", "iso9", "mp41", "mp42", "avc1", "dash", "MSNV", "M4V ", "M4VH", "M4VP", "f4v ");

    /** Entries of a zip looked at: an Office file lists its parts first, and a zip of more is no Office file. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

    /** The first box of an ISO media file read at most, brands included. */
    private static final int MAX_FTYP_BYTES = 4096;

    private final Detector detector = new DefaultDetector();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /** Opens the content from its start, as often as detection needs. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private static Map<String, String[]> allowed() {
        Map<String, String[]> allowed = new LinkedHashMap<>();
        allowed.put(PDF, new String[] {"PDF", ".pdf"});
        allowed.put(JPEG, new String[] {"JPEG", ".jpg"});
        allowed.put(PNG, new String[] {"PNG", ".png"});
        allowed.put(MP4, new String[] {"MP4", ".mp4"});
        allowed.put(MP3, new String[] {"MP3", ".mp3"});
        allowed.put(M4A, new String[] {"M4A", ".m4a"});
        allowed.put(WAV, new String[] {"WAV", ".wav"});
        allowed.put(OGG, new String[] {"OGG", ".ogg"});
        allowed.put(PPTX, new String[] {"PPTX", ".pptx"});
        allowed.put(DOCX, new String[] {"DOCX", ".docx"});
        return allowed;
    }

    /** Whether the library takes files of this type. */
    public static boolean isAllowed(String mediaType) {
        return ALLOWED.containsKey(mediaType);
    }

    /** The types the library takes, by the names people know them by: "PDF, JPEG, ..., DOCX". */
    public static String allowedNames() {
        return String.join(", ", ALLOWED.values().stream().map(names -> names[0]).toList());
    }

    /** The extension a file of an allowed type gets when it came without a name ({@code .pdf}); empty otherwise. */
    static String extension(String mediaType) {
        String[] names = ALLOWED.get(mediaType);
        return names == null ? "" : names[1];
    }

    /** The media type of the content, from the content alone (no name, no declared type). */
    public String detect(Content content) throws IOException {
        MediaType found;
        try (InputStream in = new BufferedInputStream(content.open())) {
            found = detector.detect(in, new Metadata());
        }
        MediaType type = found.getBaseType();
        if (isA(type, ZIP)) {
            return insideZip(content, type.toString());
        }
        if (type.toString().equals(QUICKTIME)) {
            return isoMedia(content);
        }
        if (isA(type, OGG)) {
            return OGG;
        }
        return type.toString();
    }

    private boolean isA(MediaType type, String ancestor) {
        MediaType other = MediaType.parse(ancestor);
        return type.equals(other) || registry.isSpecializationOf(type, other);
    }

    /**
     * An Office Open XML file by its parts, found in the zip's central directory (read from a copy on disk, without
     * inflating any entry); {@code found} (what the magic bytes said) when it is another zip or cannot be read.
     */
    private static String insideZip(Content content, String found) throws IOException {
        Path copy = Files.createTempFile("antq-material-", ".zip");
        try {
            try (InputStream in = content.open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return officeType(copy, found);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static String officeType(Path zip, String found) {
        boolean contentTypes = false;
        String part = null;
        boolean macros = false;
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            for (int seen = 0; entries.hasMoreElements() && seen < MAX_ZIP_ENTRIES; seen++) {
                String name = entries.nextElement().getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                }
                for (String folder : new String[] {"ppt/", "word/", "xl/"}) {
                    if (name.startsWith(folder)) {
                        part = part == null || priority(folder) < priority(part) ? folder : part;
                        macros |= name.equals(folder + "vbaProject.bin");
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return found;
        }
        if (!contentTypes || part == null) {
            return found.equals(ZIP) ? ZIP : found;
        }
        return switch (part) {
            case "ppt/" -> macros ? PPTM : PPTX;
            case "word/" -> macros ? DOCM : DOCX;
            default -> macros ? XLSM : XLSX;
        };
    }

    /** A zip with parts of several kinds is taken for a presentation first, then a document, then a workbook. */
    private static int priority(String folder) {
        return switch (folder) {
            case "ppt/" -> 0;
            case "word/" -> 1;
            default -> 2;
        };
    }

    /**
     * MP4 or QuickTime by the first box: {@code ftyp} with a major brand {@code qt  } is QuickTime; with an MP4 brand
     * among its major and compatible brands, MP4; a file that starts with another box is QuickTime's older form.
     */
    private static String isoMedia(Content content) throws IOException {
        byte[] head;
        try (InputStream in = content.open()) {
            head = in.readNBytes(MAX_FTYP_BYTES);
        }
        if (head.length < 16 || !"ftyp".equals(ascii(head, 4))) {
            return QUICKTIME;
        }
        long declared = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
        int end = (int) Math.min(Math.max(declared, 16), head.length);
        String major = ascii(head, 8);
        if ("qt  ".equals(major)) {
            return QUICKTIME;
        }
        if (MP4_BRANDS.contains(major)) {
            return MP4;
        }
        for (int at = 16; at + 4 <= end; at += 4) {
            if (MP4_BRANDS.contains(ascii(head, at))) {
                return MP4;
            }
        }
        return QUICKTIME;
    }

    private static String ascii(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
    }
}
