package vn.antq.activities.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.antq.activities.EventServiceTest;
import vn.antq.activities.Tokens;
import vn.antq.activities.activity.ActivityStore;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;

/**
 * The rejected rows come back with their cells as read, so that they can be written to a file with the file's own
 * headings and a reasons column, fixed and imported again: the fixed rows are recorded once, and the reasons column
 * (recognised by its bracketed code {@code rejectedBecause}) is ignored while any other unknown column still refuses
 * the file.
 */
@EventServiceTest
class ImportRejectedRowsIT {

    static final String TOKEN = Tokens.token("WOMEN_UNION", null, Role.RECORDER);
    /** Headings as the template writes them: words, then the column's name in brackets. */
    static final List<String> HEADINGS = List.of("Cơ quan (agency)", "Cấp * (level)", "Tỉnh * (province)",
            "Huyện (district)", "Xã (commune)", "Hình thức * (kind)", "Tên hoạt động * (title)",
            "Ngày bắt đầu * (startDate)", "Số người tham dự * (participants)", "Số nữ (women)");
    static final String REASONS_HEADING = "Lý do bị từ chối (rejectedBecause)";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void aCsvsRejectedRowComesBackWithItsCellsAndOnceFixedIsRecordedOnce() {
        String batch = UUID.randomUUID().toString();
        String csv = String.join(",", HEADINGS) + "\n"
                + "WOMEN_UNION,COMMUNE,62,615,23500,VILLAGE_MEETING," + batch + " a,2024-03-01,40,20\n"
                + "Hội Liên hiệp Phụ nữ (WOMEN_UNION),COMMUNE,62,615,23500,VILLAGE_MEETING," + batch
                + " b,2024-03-02,-5,0\n";

        JsonNode report = importFile("text/csv", csv.getBytes(StandardCharsets.UTF_8), "vi");

        assertThat(report.get("recorded").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("results").get(0).get("cells")).as("a recorded row gives no cells back").isEmpty();
        JsonNode rejected = report.get("results").get(1);
        assertThat(rejected.get("row").asInt()).isEqualTo(3);
        assertThat(headings(rejected)).containsExactlyElementsOf(HEADINGS);
        assertThat(values(rejected)).containsExactly("Hội Liên hiệp Phụ nữ (WOMEN_UNION)", "COMMUNE", "62", "615",
                "23500", "VILLAGE_MEETING", batch + " b", "2024-03-02", "-5", "0");
        assertThat(columns(rejected)).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");

        byte[] fixed = rejectedRowsFile(report, value -> value.equals("-5") ? "12" : value);
        JsonNode again = importFile("text/csv", fixed, "vi");
        JsonNode once = importFile("text/csv", fixed, "vi");

        assertThat(again.get("recorded").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(again.get("rejected").asInt()).isZero();
        assertThat(once.get("recorded").asInt()).isZero();
        assertThat(once.get("alreadyRecorded").asInt()).isEqualTo(1);
        assertThat(titles(batch)).containsExactlyInAnyOrder(batch + " a", batch + " b");
        assertThat(mongo.findOne(Query.query(Criteria.where("title").is(batch + " b")), org.bson.Document.class,
                ActivityStore.COLLECTION).get("participants", Number.class).longValue()).isEqualTo(12);
    }

    @Test
    void anXlsxsRejectedRowComesBackWithDatesAsIsoNumbersWithoutDecimalsAndFormulasAsWritten() throws IOException {
        String batch = UUID.randomUUID().toString();
        byte[] xlsx = workbook(new Object[][] {
                {"WOMEN_UNION", "COMMUNE", 62, 615, 23500, "QUIZ", batch + " a", LocalDate.of(2024, 4, 1), 85, 60},
                {"WOMEN_UNION", "COMMUNE", 62, 615, 23500, "QUIZ", batch + " b", LocalDate.of(2024, 4, 2), "=1+1", 7},
                {"WOMEN_UNION", "COMMUNE", 62, 615, 23500, "DANCING", batch + " c", LocalDate.of(2024, 4, 3), 30, 10}});

        JsonNode report = importFile(ImportController.XLSX, xlsx, "en");

        assertThat(report.get("recorded").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        assertThat(headings(report.get("results").get(1))).containsExactlyElementsOf(HEADINGS);
        assertThat(values(report.get("results").get(1))).containsExactly("WOMEN_UNION", "COMMUNE", "62", "615",
                "23500", "QUIZ", batch + " b", "2024-04-02", "=1+1", "7");
        assertThat(values(report.get("results").get(2))).containsExactly("WOMEN_UNION", "COMMUNE", "62", "615",
                "23500", "DANCING", batch + " c", "2024-04-03", "30", "10");

        byte[] fixed = rejectedRowsFile(report, value -> switch (value) {
            case "=1+1" -> "20";
            case "DANCING" -> "QUIZ";
            default -> value;
        });
        JsonNode again = importFile("text/csv", fixed, "en");
        JsonNode once = importFile("text/csv", fixed, "en");

        assertThat(again.get("recorded").asInt()).as(again.toString()).isEqualTo(2);
        assertThat(once.get("alreadyRecorded").asInt()).isEqualTo(2);
        assertThat(titles(batch)).containsExactlyInAnyOrder(batch + " a", batch + " b", batch + " c");
    }

    @Test
    void aRowRejectedAgainComesBackWithoutItsOldReasonsAndAValueUnderNoHeadingKeepsItsColumn() {
        String batch = UUID.randomUUID().toString();
        String csv = String.join(",", HEADINGS) + "," + REASONS_HEADING + ",\n"
                + "WOMEN_UNION,COMMUNE,62,615,23500,VILLAGE_MEETING," + batch + " a,2024-03-xx,40,20,\"Lý do cũ\",7\n";

        JsonNode report = importFile("text/csv", csv.getBytes(StandardCharsets.UTF_8), "en");

        assertThat(report.get("rejected").asInt()).as(report.toString()).isEqualTo(1);
        JsonNode rejected = report.get("results").get(0);
        assertThat(columns(rejected)).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "L");
        assertThat(headings(rejected).get(headings(rejected).size() - 1)).isEmpty();
        assertThat(values(rejected)).doesNotContain("Lý do cũ").contains("2024-03-xx").endsWith("7");
        List<String> fields = new ArrayList<>();
        rejected.get("errors").forEach(error -> fields.add(error.path("field").asString("")));
        assertThat(fields).contains("startDate").doesNotContain(ActivityRowReader.REASONS_COLUMN, "rejectedbecause");
    }

    @Test
    void aTextTheFileOfRejectedRowsWroteBehindAnApostropheIsReadAsItWas() {
        String batch = UUID.randomUUID().toString();
        String csv = String.join(",", HEADINGS) + "\n"
                + "WOMEN_UNION,COMMUNE,62,615,23500,VILLAGE_MEETING,-10% so với năm trước " + batch + ",2024-03-01,5,9\n"
                + "WOMEN_UNION,COMMUNE,62,615,23500,VILLAGE_MEETING," + batch + " b,2024-03-01,-5,0\n";
        JsonNode report = importFile("text/csv", csv.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(report.get("rejected").asInt()).as(report.toString()).isEqualTo(2);

        byte[] fixed = rejectedRowsFile(report, value -> value.equals("9") ? "4" : value);
        assertThat(new String(fixed, StandardCharsets.UTF_8)).contains("\"'-10% so với năm trước", "\"'-5\"");
        JsonNode again = importFile("text/csv", fixed, "en");

        assertThat(again.get("recorded").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(titles(batch)).containsExactly("-10% so với năm trước " + batch);
        JsonNode stillWrong = again.get("results").get(1);
        assertThat(stillWrong.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(stillWrong.get("errors").get(0).get("field").asString()).isEqualTo("participants");
        assertThat(stillWrong.get("errors").get(0).get("message").asString()).doesNotContain("'-5");
        assertThat(values(stillWrong)).as("the cells as read, before the apostrophe is dropped").contains("'-5");
    }

    @Test
    void theReasonsColumnIsAcceptedButAnyOtherUnknownColumnStillRefusesTheFile() {
        String batch = UUID.randomUUID().toString();
        String row = "WOMEN_UNION,COMMUNE,62,615,23500,VILLAGE_MEETING," + batch + ",2024-03-01,40,20,\"Lý do\"";
        String withReasons = String.join(",", HEADINGS) + ",Rejected because (REJECTEDBECAUSE)\n" + row + "\n";
        String withNote = String.join(",", HEADINGS) + "," + REASONS_HEADING + ",Ghi chú\n" + row + ",họp tổ\n";

        JsonNode accepted = importFile("text/csv", withReasons.getBytes(StandardCharsets.UTF_8), "en");
        HttpApi.Response refused = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("text/csv", withNote.getBytes(StandardCharsets.UTF_8)).send();

        assertThat(accepted.get("recorded").asInt()).as(accepted.toString()).isEqualTo(1);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        String message = refused.json().get("errors").get(0).get("message").asString();
        assertThat(message).startsWith("Columns not in the import template: Ghi chú. Delete them")
                .doesNotContain(REASONS_HEADING);
        assertThat(titles(batch)).containsExactly(batch);
    }

    private JsonNode importFile(String contentType, byte[] file, String language) {
        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", language).body(contentType, file).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /**
     * The file the workspace gives back for the rejected rows, as a spreadsheet program saves it once fixed: a BOM,
     * the rejected rows' headings in column order and the reasons column last, every text quoted, CRLF lines.
     */
    private static byte[] rejectedRowsFile(JsonNode report, UnaryOperator<String> fix) {
        List<JsonNode> rejected = new ArrayList<>();
        report.get("results").forEach(result -> {
            if ("REJECTED".equals(result.get("outcome").asString())) {
                rejected.add(result);
            }
        });
        List<String> headings = headings(rejected.get(0));
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", headings.stream().map(ImportRejectedRowsIT::quoted).toList()))
                .append(',').append(quoted(REASONS_HEADING)).append("\r\n");
        for (JsonNode row : rejected) {
            assertThat(headings(row)).isEqualTo(headings);
            List<String> reasons = new ArrayList<>();
            row.get("errors").forEach(error -> reasons.add(error.get("message").asString()));
            csv.append(String.join(",", values(row).stream().map(fix).map(ImportRejectedRowsIT::quoted).toList()))
                    .append(',').append(quoted(String.join(" ", reasons))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell as the workspace's csv.js writes it: quoted, and a text that starts like a formula behind an apostrophe. */
    private static String quoted(String text) {
        String safe = text.matches("(?s)^[=+\\-@\t\r].*") ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static List<String> headings(JsonNode result) {
        return field(result, "heading");
    }

    private static List<String> values(JsonNode result) {
        return field(result, "value");
    }

    private static List<String> columns(JsonNode result) {
        return field(result, "column");
    }

    private static List<String> field(JsonNode result, String name) {
        List<String> texts = new ArrayList<>();
        result.get("cells").forEach(cell -> texts.add(cell.get(name).asString()));
        return texts;
    }

    private List<String> titles(String batch) {
        return mongo.find(Query.query(Criteria.where("title").regex(batch)), org.bson.Document.class,
                ActivityStore.COLLECTION).stream().map(document -> document.getString("title")).toList();
    }

    /** A workbook with {@link #HEADINGS}: Integer cells are numbers, LocalDate cells dates shown dd/mm/yyyy, "=..." formulas. */
    private static byte[] workbook(Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Hoạt động");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var head = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                head.createCell(i).setCellValue(HEADINGS.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    var cell = row.createCell(c);
                    if (value instanceof Integer n) {
                        cell.setCellValue(n);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value.toString().startsWith("=")) {
                        cell.setCellFormula(value.toString().substring(1));
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
