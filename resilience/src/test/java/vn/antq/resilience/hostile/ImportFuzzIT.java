package vn.antq.resilience.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antq.resilience.Scale;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService.Kind;

/**
 * The bulk import ({@code POST /api/v1/activities/import}) against what clerks' spreadsheets really contain and what
 * an attacker would upload: every Unicode normal form of Vietnamese, byte order marks, wrong encodings, formulas,
 * broken and foreign files, too many rows, too many bytes, and random rows with random mistakes. Always a 4xx
 * problem+json for the file, or a per-row report whose RECORDED rows are exactly what was written; never a 5xx,
 * never a row half-written, and the same file again records nothing.
 */
class ImportFuzzIT {

    /** Quảng Nam: only this class records there. */
    private static final String PROVINCE = "49";
    private static final String AGENCY = "WOMEN_UNION";
    private static final String IMPORT = "/api/v1/activities/import";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Platform platform;
    private static Places places;
    private static Outboxes outboxes;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
        places = new Places(PROVINCE);
        outboxes = new Outboxes(platform);
    }

    @Test
    void vietnameseInEveryNormalFormWithOrWithoutBomIsRecordedAsWritten() {
        Random random = new Random(4901);
        for (Normalizer.Form form : Normalizer.Form.values()) {
            for (boolean bom : new boolean[] {false, true}) {
                char separator = bom ? ';' : ',';
                List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, random, 5);
                rows.forEach(row -> {
                    row.put("title", Normalizer.normalize("Hội thi tìm hiểu pháp luật ở Xã Ia Đrăng " + UUID.randomUUID(), form));
                    row.put("topics", Normalizer.normalize("Phòng, chống tội phạm;Ma túy", form));
                });
                String csv = ImportFiles.csv(rows, separator, bom ? "\r\n" : "\n");
                byte[] file = (bom ? "\uFEFF" + csv : csv).getBytes(StandardCharsets.UTF_8);
                JsonNode report = accepted(form + (bom ? " with BOM" : ""), file, "text/csv");
                assertThat(report.path("recorded").asInt()).as(form + " bom=" + bom).isEqualTo(5);
                for (int i = 0; i < rows.size(); i++) {
                    String id = report.path("results").get(i).path("id").asString();
                    Answer stored = platform.events().http().get("/api/v1/activities/" + id, platform.tokens().admin());
                    assertThat(Normalizer.normalize(stored.text("title"), Normalizer.Form.NFC))
                            .as("title stored from " + form).isEqualTo(Normalizer.normalize(rows.get(i).get("title"),
                                    Normalizer.Form.NFC));
                }
                JsonNode again = accepted(form + " again", file, "text/csv");
                assertThat(again.path("recorded").asInt()).as("recorded by importing the same file again").isZero();
                assertThat(again.path("alreadyRecorded").asInt()).isEqualTo(5);
            }
        }
        Results.record("[import] Vietnamese titles and topics in NFC, NFD, NFKC and NFKD, with and without BOM, comma and "
                + "semicolon, CRLF and LF: every row recorded once, titles kept (canonically equal), re-import records nothing");
    }

    @Test
    void formulaCellsAreRefusedRowByRowAndOtherLeadingSignsKept() {
        Random random = new Random(4902);
        List<String> titles = List.of("=1+1", "=HYPERLINK(\"http://127.0.0.1\",\"x\")", "+84 905 000 000", "-10% so với năm trước",
                "@SUM(A1:A2)", "\t=1+1", " =1+1", "Bình thường");
        List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, random, titles.size());
        for (int i = 0; i < titles.size(); i++) {
            rows.get(i).put("title", titles.get(i) + " " + i);
        }
        JsonNode csv = accepted("formulas in CSV", ImportFiles.csv(rows, ',', "\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        Map<String, String> outcomes = outcomes(csv, titles);
        assertThat(outcomes.get("=1+1")).isEqualTo("REJECTED");
        assertThat(outcomes.get("=HYPERLINK(\"http://127.0.0.1\",\"x\")")).isEqualTo("REJECTED");

        List<Map<String, String>> xlsxRows = ImportFiles.rows(AGENCY, places, random, 4);
        xlsxRows.get(0).put("participants", "=formula:10*10");
        xlsxRows.get(1).put("title", "=formula:HYPERLINK(\"http://127.0.0.1\",\"x\")");
        JsonNode xlsx = accepted("formula cells in XLSX", ImportFiles.xlsx(xlsxRows), XLSX);
        assertThat(xlsx.path("results").get(0).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(xlsx.path("results").get(1).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(xlsx.path("recorded").asInt()).isEqualTo(2);
        Results.record("[import] formula injection: CSV title outcomes " + outcomes + "; XLSX formula cells REJECTED with a "
                + "reason, the plain rows of the same file recorded");
    }

    @Test
    void filesInAnotherEncodingAreRefusedWhole() {
        Random random = new Random(4903);
        String csv = ImportFiles.csv(ImportFiles.rows(AGENCY, places, random, 3), ',', "\r\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("windows-1258", csv.getBytes(Charset.isSupported("windows-1258") ? Charset.forName("windows-1258")
                : StandardCharsets.ISO_8859_1));
        files.put("ISO-8859-1", csv.getBytes(StandardCharsets.ISO_8859_1));
        files.put("UTF-16 with BOM", csv.getBytes(StandardCharsets.UTF_16));
        files.put("UTF-16LE", csv.getBytes(StandardCharsets.UTF_16LE));
        files.put("UTF-8 cut in a character", cutInACharacter(csv));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        files.forEach((name, bytes) -> statuses.put(name, refused(name, bytes, "text/csv").status()));
        assertThat(statuses.values()).allMatch(status -> status == 400);
        Results.record("[import] wrong encodings refused as a whole with a problem naming the file: " + statuses);
    }

    @Test
    void brokenAndForeignFilesAreRefusedOrReportedNeverHalfWritten() {
        Random random = new Random(4904);
        List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, random, 3);
        String csv = ImportFiles.csv(rows, ',', "\n");
        byte[] xlsx = ImportFiles.xlsx(rows);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty", new byte[0]);
        files.put("header only", (String.join(",", ImportFiles.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("required columns missing", "title,participants\nHọp thôn,12\n".getBytes(StandardCharsets.UTF_8));
        files.put("unbalanced quote", csv.replaceFirst(",", ",\"").getBytes(StandardCharsets.UTF_8));
        files.put("NUL bytes", csv.replace("COMMUNE", "COM\u0000MUNE").getBytes(StandardCharsets.UTF_8));
        files.put("ragged rows", (csv + "62,1,2\n" + csv.lines().skip(1).findFirst().orElseThrow() + ",extra,cells\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("a 1 MB title", ImportFiles.csv(List.of(withCell(rows.get(0), "title", "Đ".repeat(1_000_000))), ',', "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("10,000 columns", (String.join(",", ImportFiles.COLUMNS) + ",x".repeat(10_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("a zip that is no workbook", zipOf("hello.txt", "xin chào"));
        files.put("a truncated workbook", Arrays.copyOf(xlsx, xlsx.length / 2));
        files.put("random bytes", randomBytes(random, 4096));
        files.put("a PDF", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        files.forEach((name, bytes) -> statuses.put(name, answered(name, bytes, "text/csv").status()));
        statuses.put("multipart without the file part", multipart("other", csv.getBytes(StandardCharsets.UTF_8)).status());
        statuses.put("multipart with the file", multipart("file", csv.getBytes(StandardCharsets.UTF_8)).status());
        statuses.put("text/plain", answered("text/plain", csv.getBytes(StandardCharsets.UTF_8), "text/plain").status());
        Results.record("[import] broken and foreign files, each a clean 4xx or a per-row report, nothing half-written: " + statuses);
    }

    @Test
    void tooManyRowsIsRefusedWholeWithoutRecordingAnything() {
        int rows = Scale.count("import.rows", 50_001, 1_000_000);
        Random random = new Random(4905);
        Map<String, String> template = ImportFiles.row(Activity.random(AGENCY, places, random));
        StringBuilder csv = new StringBuilder(String.join(",", ImportFiles.COLUMNS)).append('\n');
        String line = ImportFiles.csv(List.of(template), ',', "\n").lines().skip(1).findFirst().orElseThrow();
        for (int i = 0; i < rows; i++) {
            csv.append(line).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Answer answer = answered(rows + " CSV rows", file, "text/csv");
        assertThat(answer.status()).as(answer.describe()).isIn(400, 413);

        int xlsxRows = Scale.count("import.xlsx-rows", 50_001, 1_000_000);
        Map<String, String> compact = new LinkedHashMap<>(template);
        byte[] workbook = ImportFiles.xlsx(xlsxRows, i -> compact);
        Answer xlsx = answered(xlsxRows + " XLSX rows", workbook, XLSX);
        assertThat(xlsx.status()).as(xlsx.describe()).isIn(400, 413);
        Results.record(String.format("[import] %,d CSV rows (%,d bytes): %d; %,d XLSX rows (%,d bytes): %d; nothing recorded",
                rows, file.length, answer.status(), xlsxRows, workbook.length, xlsx.status()));
    }

    /**
     * The most rows a workbook can carry under the 20 MB body limit (only the required columns, short values: XLSX
     * compresses them about a hundredfold) must be refused for its row count, not exhaust the service's memory while
     * the whole sheet is read.
     */
    @Test
    void theDensestWorkbookUnderTheBodyLimitIsRefusedWithoutExhaustingTheService() {
        Assumptions.assumeTrue(Scale.full() || System.getProperty("resilience.import.dense-rows") != null,
                "the full version only: at the short size this is the 50,001-row workbook of tooManyRows...");
        int rows = Scale.count("import.dense-rows", 50_001, 1_048_575);
        Map<String, String> compact = new LinkedHashMap<>();
        compact.put("province", PROVINCE);
        compact.put("kind", "VILLAGE_MEETING");
        compact.put("title", "Họp thôn");
        compact.put("startDate", "2024-05-10");
        compact.put("participants", "12");
        byte[] workbook = ImportFiles.xlsx(rows, i -> compact);
        while (workbook.length > 19_500_000) {
            rows = (int) (rows * 19_000_000L / workbook.length);
            workbook = ImportFiles.xlsx(rows, i -> compact);
        }
        Answer answer = answered(rows + " dense XLSX rows", workbook, XLSX);
        assertThat(answer.status()).as(answer.describe()).isIn(400, 413);
        Answer alive = platform.events().http().get("/actuator/health", null);
        assertThat(alive.status()).as("event-service still answering").isEqualTo(200);
        Results.record(String.format("[import] the densest workbook under the body limit, %,d rows in %,d bytes: %d %s; "
                + "event-service healthy afterwards", rows, workbook.length, answer.status(), answer.text("detail")));
    }

    @Test
    void tooManyBytesIsRefusedEvenWhenStreamedWithoutALength() {
        byte[] header = (String.join(",", ImportFiles.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] line = "WOMEN_UNION,,COMMUNE,49,,,VILLAGE_MEETING,,,Họp thôn,2024-01-01,2024-01-01,1,0,0,0,0\n"
                .getBytes(StandardCharsets.UTF_8);
        int lines = 21 * 1024 * 1024 / line.length + 1;
        long before = outboxes.allDocuments(Kind.EVENTS);
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(header);
        for (int i = 0; i < lines; i++) {
            big.writeBytes(line);
        }
        String sized = outcome(() -> platform.events().http().send("POST", IMPORT, token(), Map.of(), "text/csv",
                big.toByteArray()));
        String streamed = outcome(() -> platform.events().http().sendChunked("POST", IMPORT, token(), "text/csv",
                () -> new SequenceInputStream(new ByteArrayInputStream(header),
                        new RepeatingStream(line, lines))));
        assertThat(outboxes.allDocuments(Kind.EVENTS)).as("documents after refusing 21 MB").isEqualTo(before);
        assertThat(sized).startsWith("413");
        assertThat(streamed).matches("413.*|connection closed by the service.*");
        Results.record("[import] 21 MB with Content-Length: " + sized + "; 21 MB streamed without a length: " + streamed
                + "; nothing recorded");
    }

    @Test
    void randomRowsWithRandomMistakesAreRecordedOrRejectedRowByRowExactly() {
        int files = Scale.count("import.files", 8, 100);
        Random random = new Random(Long.getLong("resilience.import.seed", 4906L));
        Map<String, Integer> outcomes = new TreeMap<>();
        long recorded = 0;
        for (int f = 0; f < files; f++) {
            List<Map<String, String>> rows = ImportFiles.rows(AGENCY, places, random, 1 + random.nextInt(200));
            List<String> mistakes = new ArrayList<>();
            for (Map<String, String> row : rows) {
                if (random.nextInt(10) < 3) {
                    mistakes.add(RowMistakes.apply(row, random));
                }
            }
            boolean asXlsx = random.nextInt(4) == 0;
            byte[] file = asXlsx ? ImportFiles.xlsx(rows)
                    : ImportFiles.csv(rows, random.nextBoolean() ? ',' : ';', random.nextBoolean() ? "\n" : "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            JsonNode report = accepted("file " + f + " with " + mistakes, file, asXlsx ? XLSX : "text/csv");
            recorded += report.path("recorded").asInt();
            report.path("results").forEach(result -> outcomes.merge(result.path("outcome").asString(), 1, Integer::sum));
            JsonNode again = accepted("file " + f + " again", file, asXlsx ? XLSX : "text/csv");
            assertThat(again.path("recorded").asInt()).as("file " + f + " imported again").isZero();
            assertThat(again.path("alreadyRecorded").asInt()).isEqualTo(report.path("recorded").asInt());
        }
        Results.record(String.format("[import] %d random files (CSV and XLSX) with random mistakes in 30%% of rows: rows by "
                + "outcome %s, %,d recorded = %,d documents and events written; importing each again recorded nothing",
                files, outcomes, recorded, recorded));
    }

    /** A 200 report whose RECORDED rows are exactly the documents and events written; each REJECTED row says why. */
    private static JsonNode accepted(String what, byte[] file, String contentType) {
        Outboxes.Holdings before = outboxes.holdings(Kind.EVENTS);
        Answer answer = CleanAnswers.requireClean(platform.events().http().send("POST", IMPORT, token(), Map.of(),
                contentType, file));
        Outboxes.Holdings after = outboxes.holdings(Kind.EVENTS);
        assertThat(answer.status()).as(what + ": " + answer.describe()).isEqualTo(200);
        JsonNode report = answer.json();
        int recorded = report.path("recorded").asInt();
        assertThat(after.documents() - before.documents()).as(what + ": documents written").isEqualTo(recorded);
        assertThat(after.events() - before.events()).as(what + ": events written").isEqualTo(recorded);
        assertThat(report.path("results").size()).as(what + ": a result per row").isEqualTo(report.path("rows").asInt());
        report.path("results").forEach(result -> {
            if ("REJECTED".equals(result.path("outcome").asString())) {
                assertThat(result.path("errors").size()).as(what + ": reasons of " + result).isPositive();
                result.path("errors").forEach(error -> assertThat(error.path("message").asString()).isNotBlank());
            }
        });
        return report;
    }

    /** A clean 4xx for the whole file, with nothing written. */
    private static Answer refused(String what, byte[] file, String contentType) {
        Answer answer = answered(what, file, contentType);
        assertThat(answer.status()).as(what + ": " + answer.describe()).isBetween(400, 499);
        return answer;
    }

    /** Any clean answer: a 4xx writes nothing, a 200 report writes exactly its RECORDED rows. */
    private static Answer answered(String what, byte[] file, String contentType) {
        Outboxes.Holdings before = outboxes.holdings(Kind.EVENTS);
        long allBefore = outboxes.allDocuments(Kind.EVENTS);
        Answer answer = CleanAnswers.requireClean(platform.events().http().send("POST", IMPORT, token(), Map.of(),
                contentType, file));
        Outboxes.Holdings after = outboxes.holdings(Kind.EVENTS);
        int recorded = answer.status() == 200 ? answer.json().path("recorded").asInt() : 0;
        assertThat(after.documents() - before.documents()).as(what + ": documents written; " + answer.describe())
                .isEqualTo(recorded);
        assertThat(after.events() - before.events()).as(what + ": events written").isEqualTo(recorded);
        if (answer.status() != 200) {
            assertThat(outboxes.allDocuments(Kind.EVENTS)).as(what + ": nothing at all written").isEqualTo(allBefore);
        }
        return answer;
    }

    private static Answer multipart(String part, byte[] file) {
        String boundary = "antq-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"hoat-dong.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Outboxes.Holdings before = outboxes.holdings(Kind.EVENTS);
        Answer answer = CleanAnswers.requireClean(platform.events().http().send("POST", IMPORT, token(), Map.of(),
                "multipart/form-data; boundary=" + boundary, body.toByteArray()));
        int recorded = answer.status() == 200 ? answer.json().path("recorded").asInt() : 0;
        assertThat(outboxes.holdings(Kind.EVENTS).documents() - before.documents()).isEqualTo(recorded);
        return answer;
    }

    /** "413 ..." for a clean refusal; a connection the service closed while the client was still sending is said so. */
    private static String outcome(Supplier<Answer> request) {
        try {
            Answer answer = CleanAnswers.requireClean(request.get());
            return answer.status() + " " + answer.text("title");
        } catch (UncheckedIOException e) {
            return "connection closed by the service before the client had sent everything (" + e.getCause() + ")";
        }
    }

    private static String token() {
        return platform.tokens().recorder(AGENCY);
    }

    private static Map<String, String> withCell(Map<String, String> row, String column, String value) {
        Map<String, String> copy = new HashMap<>(row);
        copy.put(column, value);
        return copy;
    }

    private static Map<String, String> outcomes(JsonNode report, List<String> titles) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            outcomes.put(titles.get(i), report.path("results").get(i).path("outcome").asString());
        }
        return outcomes;
    }

    private static byte[] cutInACharacter(String csv) {
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length + 1);
        cut[utf8.length] = (byte) 0xE1;
        return cut;
    }

    private static byte[] zipOf(String name, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] randomBytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The same line again and again, without holding the whole body in memory. */
    private static final class RepeatingStream extends InputStream {
        private final byte[] line;
        private final long total;
        private long position;

        RepeatingStream(byte[] line, int times) {
            this.line = line;
            this.total = (long) line.length * times;
        }

        @Override
        public int read() {
            return position >= total ? -1 : line[(int) (position++ % line.length)] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= total) {
                return -1;
            }
            int count = (int) Math.min(length, total - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = line[(int) ((position + i) % line.length)];
            }
            position += count;
            return count;
        }
    }
}
