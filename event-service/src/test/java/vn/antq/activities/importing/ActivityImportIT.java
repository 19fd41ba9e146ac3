package vn.antq.activities.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.Topics;
import vn.antq.activities.EventServiceTest;
import vn.antq.activities.activity.ActivityStore;
import vn.antq.testsupport.HttpApi;
import vn.antq.activities.Tokens;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.TopicRecords;

@EventServiceTest
class ActivityImportIT {

    static final String TOKEN = Tokens.token("WOMEN_UNION", null, Role.RECORDER);
    static final String HEADER = "agency,partnerAgencies,level,province,district,commune,kind,channel,topics,title,"
            + "startDate,endDate,participants,women,ethnicMinority,reach,copies\n";

    /** The seven bad rows (data row index -> line), each with a different mistake. */
    static final Map<Integer, String> BAD_ROWS = Map.of(
            17, "WOMEN_UNION,,COMMUNE,62,615,23500,VILLAGE_MEETING,,,%s,2024-03-01,,-5,0,0,,",
            101, "WOMEN_UNION,,COMMUNE,62,615,99999,VILLAGE_MEETING,,,%s,2024-03-01,,10,0,0,,",
            230, "WOMEN_UNION,,COMMUNE,62,615,23500,DANCING,,,%s,2024-03-01,,10,0,0,,",
            456, "WOMEN_UNION,,COMMUNE,62,615,23500,VILLAGE_MEETING,,,%s,2024-03-05,2024-03-01,10,0,0,,",
            600, "WOMEN_UNION,,COMMUNE,62,615,23500,VILLAGE_MEETING,,,%s,2024-03-01,,10,11,0,,",
            777, "POLICE,,COMMUNE,62,615,23500,VILLAGE_MEETING,,,%s,2024-03-01,,10,0,0,,",
            999, "WOMEN_UNION,,COMMUNE,62,615,23500,VILLAGE_MEETING,,,%s,2024-03-xx,,10,0,0,,");

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
    void aThousandRowCsvWithSevenBadRowsRecordsTheRestAndReportsEachBadRow() {
        String batch = UUID.randomUUID().toString();
        byte[] csv = thousandRows(batch);

        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .body("text/csv", csv).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rows").asInt()).isEqualTo(1000);
        assertThat(report.get("recorded").asInt()).isEqualTo(993);
        assertThat(report.get("rejected").asInt()).isEqualTo(7);
        List<Integer> rejectedRows = new ArrayList<>();
        report.get("results").forEach(row -> {
            if ("REJECTED".equals(row.get("outcome").asString())) {
                rejectedRows.add(row.get("row").asInt());
                assertThat(row.get("errors")).isNotEmpty();
                assertThat(row.get("errors").get(0).get("message").asString()).isNotBlank();
            }
        });
        // Spreadsheet row numbers: the header is row 1, so data row i is row i + 2.
        assertThat(rejectedRows).containsExactlyInAnyOrderElementsOf(BAD_ROWS.keySet().stream().map(i -> i + 2).toList());
        assertThat(mongo.count(Query.query(Criteria.where("title").regex("^" + batch)), ActivityStore.COLLECTION))
                .isEqualTo(993);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TopicRecords.embedded()
                .matching(Topics.ACTIVITY, r -> TopicRecords.body(r).contains(batch))).hasSize(993));
    }

    @Test
    void rowsDatedOutsideTheBusinessRangeAreRejectedOnTheirDateField() {
        String batch = UUID.randomUUID().toString();
        String row = "WOMEN_UNION,,COMMUNE,62,615,23500,VILLAGE_MEETING,,,%s,%s,%s,10,0,0,,\n";
        byte[] csv = (HEADER + row.formatted(batch + " a", "0001-06-02", "")
                + row.formatted(batch + " b", "1800-01-01", "")
                + row.formatted(batch + " c", "-999999999-01-01", "")
                + row.formatted(batch + " d", "2024-03-01", "2150-01-01")
                + row.formatted(batch + " e", "2024-03-01", "")).getBytes(StandardCharsets.UTF_8);

        JsonNode report = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("text/csv", csv).send().json();

        assertThat(report.get("recorded").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        List<String> dateErrors = new ArrayList<>();
        report.get("results").forEach(result -> {
            if ("REJECTED".equals(result.get("outcome").asString())) {
                result.get("errors").forEach(e -> dateErrors.add(e.get("field").asString() + ": "
                        + e.get("message").asString()));
            }
        });
        assertThat(dateErrors).contains(
                "startDate: Start date 0001-06-02 is outside the accepted range (2000-01-01 to 2099-12-31)",
                "startDate: Start date 1800-01-01 is outside the accepted range (2000-01-01 to 2099-12-31)",
                "startDate: Start date -999999999-01-01 is outside the accepted range (2000-01-01 to 2099-12-31)",
                "endDate: End date 2150-01-01 is outside the accepted range (2000-01-01 to 2099-12-31)");
        assertThat(mongo.count(Query.query(Criteria.where("title").regex("^" + batch)), ActivityStore.COLLECTION))
                .isEqualTo(1);
    }

    @Test
    void importingTheSameFileTwiceRecordsNothingTwice() {
        String batch = UUID.randomUUID().toString();
        byte[] csv = (HEADER + "WOMEN_UNION,POLICE,COMMUNE,62,615,23500,VILLAGE_MEETING,,an ninh," + batch
                + " a,2024-03-01,,40,20,10,,\n" + "WOMEN_UNION,,COMMUNE,62,615,23500,LOUDSPEAKER,,," + batch
                + " b,2024-03-02,,0,0,0,900,\n").getBytes(StandardCharsets.UTF_8);

        JsonNode first = api.request("POST", "/api/v1/activities/import").token(TOKEN).body("text/csv", csv).send().json();
        JsonNode second = api.request("POST", "/api/v1/activities/import").token(TOKEN).body("text/csv", csv).send().json();

        assertThat(first.get("recorded").asInt()).isEqualTo(2);
        assertThat(second.get("recorded").asInt()).isZero();
        assertThat(second.get("alreadyRecorded").asInt()).isEqualTo(2);
        assertThat(mongo.count(Query.query(Criteria.where("title").regex("^" + batch)), ActivityStore.COLLECTION))
                .isEqualTo(2);
    }

    @Test
    void anXlsxWithABomlessHeaderAndAFormulaCellIsImportedRowByRow() throws IOException {
        String batch = UUID.randomUUID().toString();
        byte[] xlsx = workbook(new Object[][] {
                {"WOMEN_UNION", "", "COMMUNE", "62", "615", "23500", "QUIZ", "", "", batch + " hái hoa dân chủ",
                        "2024-04-01", "", 85, 60, 40, "", ""},
                {"WOMEN_UNION", "", "COMMUNE", "62", "615", "23500", "QUIZ", "", "", batch + " công thức",
                        "2024-04-01", "", "=1+1", 0, 0, "", ""}});

        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .body(ImportController.XLSX, xlsx).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("recorded").asInt()).isEqualTo(1);
        assertThat(response.json().get("rejected").asInt()).isEqualTo(1);
        JsonNode errors = response.json().get("results").get(1).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("participants");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("Ô chứa công thức =1+1; hãy nhập chính giá trị (sao chép ô rồi dùng Dán đặc biệt, chọn Giá trị).")
                .doesNotContain("\u0000");
    }

    @Test
    void columnsTheTemplateDoesNotHaveRefuseTheWholeFileNamingThem() {
        String batch = UUID.randomUUID().toString();
        byte[] csv = (HEADER.strip() + ",ghiChu,Woman\n"
                + "WOMEN_UNION,,COMMUNE,62,615,23500,QUIZ,,," + batch + ",2024-04-01,,85,60,40,,,họp tổ,30\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpApi.Response vi = api.request("POST", "/api/v1/activities/import").token(TOKEN).body("text/csv", csv).send();
        HttpApi.Response en = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("text/csv", csv).send();

        assertThat(vi.status()).as(vi.body()).isEqualTo(400);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(vi.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(vi.json().get("errors").get(0).get("message").asString())
                .startsWith("Cột không có trong mẫu nhập: ghiChu, Woman. Hãy xoá các cột này");
        assertThat(en.json().get("errors").get(0).get("message").asString())
                .startsWith("Columns not in the import template: ghiChu, Woman. Delete them");
        assertThat(mongo.count(Query.query(Criteria.where("title").regex("^" + batch)), ActivityStore.COLLECTION)).isZero();
    }

    @Test
    void aColumnNamedTwiceRefusesTheWholeFile() {
        byte[] csv = (HEADER.strip() + ",Title\n").getBytes(StandardCharsets.UTF_8);

        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("text/csv", csv).send();

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Columns named more than once in the header row: title. Each column may appear only once.");
    }

    @Test
    void blankRowsAreSkippedAndCountedNotRejected() throws IOException {
        String batch = UUID.randomUUID().toString();
        String line = "WOMEN_UNION,,COMMUNE,62,615,23500,QUIZ,,,%s,2024-04-01,,85,60,40,,\n";
        byte[] csv = (HEADER + line.formatted(batch + " a") + ",,,,,,,,,,,,,,,,\n" + "\n" + " , ,\n"
                + line.formatted(batch + " b") + ",,,,,,,,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8);

        JsonNode report = api.request("POST", "/api/v1/activities/import").token(TOKEN).body("text/csv", csv).send().json();

        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("recorded").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(report.get("blankRowsSkipped").asInt()).as("blank rows between data rows; the trailing one is no gap")
                .isEqualTo(3);
        assertThat(report.get("results").get(1).get("row").asInt()).as("the spreadsheet's row number").isEqualTo(6);

        byte[] xlsx = workbook(new Object[][] {
                {"WOMEN_UNION", "", "COMMUNE", "62", "615", "23500", "QUIZ", "", "", batch + " c", "2024-04-01", "", 85, 60, 40, "", ""},
                {"", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""},
                {"WOMEN_UNION", "", "COMMUNE", "62", "615", "23500", "QUIZ", "", "", batch + " d", "2024-04-01", "", 85, 60, 40, "", ""}});
        JsonNode fromXlsx = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .body(ImportController.XLSX, xlsx).send().json();
        assertThat(fromXlsx.get("recorded").asInt()).isEqualTo(2);
        assertThat(fromXlsx.get("blankRowsSkipped").asInt()).isEqualTo(1);
    }

    @Test
    void randomBytesAreToldTheyAreNotTheFileTheyClaimToBe() {
        byte[] noise = new byte[4096];
        new java.util.Random(17).nextBytes(noise);
        long before = mongo.getCollection(ActivityStore.COLLECTION).countDocuments();

        HttpApi.Response asXlsx = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .body(ImportController.XLSX, noise).send();
        HttpApi.Response asCsv = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("text/csv", noise).send();
        HttpApi.Response asBytes = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("application/octet-stream", noise).send();

        assertThat(asXlsx.status()).isEqualTo(400);
        assertThat(asXlsx.header("Content-Type")).startsWith("application/problem+json");
        assertThat(asXlsx.json().get("errors").get(0).get("message").asString())
                .startsWith("Tệp gửi lên không phải là tệp XLSX đọc được.");
        assertThat(asCsv.json().get("errors").get(0).get("message").asString())
                .startsWith("The file sent is not a readable CSV file");
        assertThat(asBytes.json().get("errors").get(0).get("message").asString())
                .startsWith("The file sent is not a readable XLSX or CSV file.");
        assertThat(mongo.getCollection(ActivityStore.COLLECTION).countDocuments()).isEqualTo(before);
    }

    @Test
    void anUnclosedQuoteNamesItsRowInBothLanguages() {
        byte[] csv = (HEADER + "WOMEN_UNION,,COMMUNE,62,615,23500,QUIZ,,,Hái hoa,2024-04-01,,85,60,40,,\n"
                + "WOMEN_UNION,,COMMUNE,62,615,23500,QUIZ,,,\"Hái hoa,2024-04-01,,85,60,40,,\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpApi.Response vi = api.request("POST", "/api/v1/activities/import").token(TOKEN).body("text/csv", csv).send();
        HttpApi.Response en = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("text/csv", csv).send();

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.json().get("errors").get(0).get("message").asString())
                .startsWith("Không đọc được dòng 3: dấu ngoặc kép (\") trong dòng này không thành cặp.");
        assertThat(en.json().get("errors").get(0).get("message").asString())
                .startsWith("Row 3 cannot be read: its double quotes (\") do not pair up.");
        assertThat(vi.body() + en.body()).doesNotContain("EOF", "startline", "encapsulated");
    }

    @Test
    void aNumericCellInACodeColumnIsThatCodeZeroPadded() throws IOException {
        String batch = UUID.randomUUID().toString();
        // Hà Nội (01), Ba Đình (001), Phúc Xá (00001), typed as numbers: Excel keeps them as 1, 1 and 1.
        byte[] xlsx = workbook(new Object[][] {
                {"WOMEN_UNION", "", "COMMUNE", 1, 1, 1, "QUIZ", "", "", batch, "2024-04-01", "", 85, 60, 40, "", ""}});

        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .body(ImportController.XLSX, xlsx).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("recorded").asInt()).as(response.body()).isEqualTo(1);
        String id = response.json().get("results").get(0).get("id").asString();
        JsonNode stored = api.get("/api/v1/activities/" + id, TOKEN).json();
        assertThat(stored.get("locality").get("province").asString()).isEqualTo("01");
        assertThat(stored.get("locality").get("district").asString()).isEqualTo("001");
        assertThat(stored.get("locality").get("commune").asString()).isEqualTo("00001");
    }

    @Test
    void aValueUnderNoColumnNameRejectsItsRowSayingWhere() {
        String batch = UUID.randomUUID().toString();
        // An unquoted comma in the title shifts the row one cell to the right.
        byte[] csv = (HEADER + "WOMEN_UNION,,COMMUNE,62,615,23500,QUIZ,,," + batch + " hái hoa, dân chủ,2024-04-01,,85,60,40,,7\n"
                + "WOMEN_UNION,,COMMUNE,62,615,23500,QUIZ,,," + batch + " b,2024-04-01,,85,60,40,,\n")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode report = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .header("Accept-Language", "en").body("text/csv", csv).send().json();

        assertThat(report.get("recorded").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        List<String> messages = new ArrayList<>();
        report.get("results").get(0).get("errors").forEach(e -> messages.add(e.get("message").asString()));
        assertThat(messages).contains("Column R holds \"7\" but has no name in the header row (perhaps a cell holds a "
                + "comma without being enclosed in double quotes).");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() {
        byte[] latin1 = (HEADER + "WOMEN_UNION,,COMMUNE,62,615,23500,QUIZ,,,Hái hoa,2024-04-01,,85,60,40,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        long before = mongo.getCollection(ActivityStore.COLLECTION).countDocuments();

        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .body("text/csv", latin1).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(mongo.getCollection(ActivityStore.COLLECTION).countDocuments()).isEqualTo(before);
    }

    /** A workbook of the template's header and these rows; Integer cells are numbers, "=..." cells formulas. */
    private static byte[] workbook(Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Hoạt động");
            String[] header = HEADER.strip().split(",");
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (value.toString().startsWith("=")) {
                        row.createCell(c).setCellFormula(value.toString().substring(1));
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] thousandRows(String batch) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 0; i < 1000; i++) {
            String title = batch + " row " + i;
            String line = BAD_ROWS.containsKey(i) ? BAD_ROWS.get(i).formatted(title)
                    : "WOMEN_UNION,POLICE,COMMUNE,62,615,23500,VILLAGE_MEETING,,phòng chống tội phạm," + title
                    + ",2024-03-01,2024-03-01," + (50 + i % 50) + ",20,10,,";
            csv.append(line).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
