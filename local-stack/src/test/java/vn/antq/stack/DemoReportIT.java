package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import vn.antq.analytics.reviewreport.ReportFormat;
import vn.antq.contracts.common.Vocabulary;
import vn.antq.kit.security.Role;
import vn.antq.stack.demo.DemoDataSet;
import vn.antq.stack.demo.DemoOutcome;
import vn.antq.stack.demo.DemoTraining;
import vn.antq.stack.demo.Planted;

/**
 * The review report of the demo as the province reads it: Kon Tum, 2019 to 2024, in each file format and both
 * languages. Every page, sheet and paragraph is read back as text: it carries the article's figures (more than 340,000
 * participations in the Women's Union's activities) in the reader's number format, and no code or key anywhere.
 */
@ExtendWith(DemoStackExtension.class)
class DemoReportIT {

    /**
     * A code of the catalogue as a whole word (ACTIVE, HIGH, MEDIATION_TEAM) in a line that is not all capitals (a
     * letterhead in capitals writes "KON TUM PROVINCE POLICE", which is words).
     */
    private static final Pattern CATALOGUE_CODE = Pattern.compile("\\b(?:" + String.join("|", Vocabulary.all().entrySet().stream()
            .filter(dimension -> !dimension.getKey().equals(Vocabulary.LEVEL)).map(java.util.Map.Entry::getValue)
            .flatMap(codes -> codes.keySet().stream()).filter(code -> code.matches("[A-Z][A-Z_]+")).distinct().toList())
            + ")\\b");
    /** Any other code-like word (SOME_CODE), a camelCase key (participationsPerActivity) or a subject key (MEDIATION_TEAM|23512). */
    private static final Pattern CODE_OR_KEY = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]+[A-Z][a-zA-Z]*\\b|\\w\\|\\w");
    private static final String PERIOD = "from=2019-01&to=2024-12&locality=62";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"docx, vi", "docx, en", "pdf, vi", "pdf, en", "xlsx, vi", "xlsx, en"})
    void theReportReadsAsTheProvincesOwnWithTheArticlesFiguresAndNoCode(String format, String lang, DemoStack demo)
            throws Exception {
        LocalStack stack = demo.stack();
        String token = stack.tokens().issue("it-report", "POLICE", List.of(Role.OPS), null, Duration.ofMinutes(10));
        Locale locale = Locale.forLanguageTag(lang);
        JsonNode json = new ServiceClient(stack.urls().analytics())
                .get("/api/v1/analytics/report?" + PERIOD + "&lang=" + lang, token, java.util.Set.of(200)).body();
        long womenUnion = 0;
        for (JsonNode row : json.path("outreach").path("byAgency")) {
            if ("WOMEN_UNION".equals(row.path("agency").asString())) {
                womenUnion = row.path("participants").asLong();
            }
        }
        assertThat(womenUnion).isEqualTo(DemoDataSet.WOMEN_UNION_PARTICIPATIONS).isGreaterThan(340_000);
        long conferred = json.path("commendations").path("totals").path("conferred").asLong();
        // The police's figures as the demo generated them, by year beside the outreach.
        long crimes = demo.data().outcomes().stream().mapToLong(DemoOutcome::crimes).sum();
        long crimes2024 = demo.data().outcomes().stream().filter(o -> o.month().getYear() == 2024)
                .mapToLong(DemoOutcome::crimes).sum();
        assertThat(json.path("outcomes").path("totals").path("crimes").asLong()).isEqualTo(crimes);
        assertThat(json.path("outcomes").path("rows")).hasSize(6);
        // Digital skills and materials: every staff member the demo trained, and the weak communes without materials in
        // their residents' languages.
        long trained = demo.data().trainings().stream().mapToLong(DemoTraining::staff).sum();
        long materialsGaps = demo.data().planted().stream().filter(p -> p.kind() == Planted.Kind.MATERIALS_GAP).count();
        assertThat(json.path("skills").path("trainedStaff").asLong()).isEqualTo(trained);
        assertThat(json.path("skills").path("communesMissingLanguages").asLong()).isEqualTo(materialsGaps);

        byte[] file = download(stack.urls().analytics(), token, format, lang);
        String text = switch (format) {
            case "pdf" -> pdfText(file);
            case "xlsx" -> xlsxText(file);
            case "docx" -> docxText(file);
            default -> throw new IllegalArgumentException(format);
        };

        String flat = text.replaceAll("\\s+", " ");
        // A spreadsheet keeps numbers as numbers (formatted by the reader's Excel); documents write them out.
        boolean sheet = format.equals("xlsx");
        assertThat(flat).contains(sheet ? String.valueOf(womenUnion) : ReportFormat.number(womenUnion, locale),
                sheet ? String.valueOf(conferred) : ReportFormat.number(conferred, locale));
        assertThat(flat).contains(lang.equals("en") ? "Women's Union" : "Hội Liên hiệp Phụ nữ");
        // The letter writes its section headings in capitals.
        assertThat(flat.toLowerCase(locale)).contains(lang.equals("en") ? "security and order outcomes"
                : "kết quả bảo đảm an ninh, trật tự");
        assertThat(flat).contains(sheet ? String.valueOf(crimes2024) : ReportFormat.number(crimes2024, locale));
        assertThat(flat.toLowerCase(locale)).contains(lang.equals("en") ? "digital skills and official materials"
                : "kỹ năng số và tài liệu tuyên truyền chính thống");
        if (format.equals("docx")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "demo-report-" + lang + ".txt"), text);
        }
        assertThat(codesIn(text)).as("codes or keys a person would read in the %s (%s)", format, lang).isEmpty();
    }

    private byte[] download(URI analytics, String token, String format, String lang) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                        analytics.resolve("/api/v1/analytics/report?" + PERIOD + "&format=" + format + "&lang=" + lang))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    private static List<String> codesIn(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("[\\t\\n]")) {
            boolean capitals = line.equals(line.toUpperCase(Locale.ROOT));
            for (Pattern pattern : capitals ? List.of(CODE_OR_KEY) : List.of(CODE_OR_KEY, CATALOGUE_CODE)) {
                Matcher matcher = pattern.matcher(line);
                while (matcher.find()) {
                    found.add(matcher.group() + "  in  " + line);
                }
            }
        }
        return found;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                ? String.valueOf(Math.round(cell.getNumericCellValue())) : cell.toString()).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
