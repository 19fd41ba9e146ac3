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
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Hoạt động");
            String[] header = HEADER.strip().split(",");
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {"WOMEN_UNION", "", "COMMUNE", "62", "615", "23500", "QUIZ", "", "", batch + " hái hoa dân chủ",
                            "2024-04-01", "", 85, 60, 40, "", ""},
                    {"WOMEN_UNION", "", "COMMUNE", "62", "615", "23500", "QUIZ", "", "", batch + " công thức",
                            "2024-04-01", "", "=1+1", 0, 0, "", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (value.toString().startsWith("=")) {
                        row.createCell(c).setCellFormula(value.toString().substring(1));
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(TOKEN)
                .body(ImportController.XLSX, xlsx).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("recorded").asInt()).isEqualTo(1);
        assertThat(response.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(response.json().get("results").get(1).get("errors").get(0).get("field").asString())
                .isEqualTo("participants");
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
