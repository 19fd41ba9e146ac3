package vn.antq.activities.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
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
import vn.antq.activities.material.Multipart;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;

/**
 * The import template: what a clerk downloads is a workbook in their language whose headings the import reads, whose
 * example row (copied to the first sheet) is recorded as it stands, and whose drop-down choices the import takes.
 */
@EventServiceTest
class ImportTemplateIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A Women's Union recorder of commune Đắk Ui, Đắk Hà, Kon Tum. */
    private static final String COMMUNE_RECORDER = Tokens.token("WOMEN_UNION", "23500", Role.RECORDER);
    /** The Women's Union's recorder for the whole country, who issues materials for the province. */
    private static final String ISSUER = Tokens.token("WOMEN_UNION", null, Role.RECORDER);

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
    void theTemplateIsInTheRecordersLanguageWithNotesListsAndAGuide() throws Exception {
        String material = issueMaterial("Sổ tay phòng chống lừa đảo " + UUID.randomUUID());
        HttpResponse<byte[]> vi = download(COMMUNE_RECORDER, "vi");

        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(vi.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("mau-nhap-hoat-dong.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(vi.body()))) {
            assertThat(sheetNames(workbook)).containsExactly("Hoạt động", "Ví dụ", "Danh mục", "Tài liệu", "Hướng dẫn");
            XSSFSheet first = workbook.getSheetAt(0);
            List<String> headings = texts(first.getRow(0));
            assertThat(headings).hasSize(ActivityRowReader.COLUMNS.size())
                    .startsWith("Cơ quan chủ trì (agency)", "Cơ quan phối hợp (partnerAgencies)")
                    .contains("Tên hoạt động * (title)", "Lượt người tham gia * (participants)");
            assertThat(first.getRow(0).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("Để trống: cơ quan của người nhập.");
            assertThat(first.getLastRowNum()).as("nothing to record on the first sheet").isZero();
            List<String> validated = new ArrayList<>();
            for (DataValidation validation : first.getDataValidations()) {
                validated.add(headings.get(validation.getRegions().getCellRangeAddress(0).getFirstColumn()));
                assertThat(validation.getRegions().getCellRangeAddress(0).getLastRow())
                        .isEqualTo(ImportTemplate.PREPARED_ROWS);
            }
            assertThat(validated).containsExactlyInAnyOrder("Cơ quan chủ trì (agency)", "Cấp tổ chức * (level)",
                    "Hình thức * (kind)", "Kênh (channel)", "Tài liệu đã dùng (materials)");
            assertThat(columnOf(workbook.getSheet("Tài liệu"), 0)).anyMatch(choice -> choice.endsWith("(" + material + ")"));
            assertThat(columnOf(workbook.getSheet("Danh mục"), 1))
                    .contains("Hội Liên hiệp Phụ nữ (WOMEN_UNION)", "Công an (POLICE)");
            assertThat(columnOf(workbook.getSheet("Hướng dẫn"), 0)).contains("Mẫu nhập hoạt động tuyên truyền",
                    "Tên hoạt động");
        }

        HttpResponse<byte[]> en = download(COMMUNE_RECORDER, "en");
        assertThat(en.headers().firstValue("Content-Disposition").orElseThrow()).contains("activity-import-template.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(en.body()))) {
            assertThat(sheetNames(workbook)).containsExactly("Activities", "Example", "Code lists", "Materials",
                    "How to fill in");
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).contains("Title * (title)", "Kind * (kind)");
        }
    }

    @Test
    void theExampleRowCopiedToTheFirstSheetIsRecordedInTheRecordersCommune() throws Exception {
        byte[] template = download(COMMUNE_RECORDER, "vi").body();
        String title = "Mẫu " + UUID.randomUUID();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row example = workbook.getSheet("Ví dụ").getRow(1);
            assertThat(texts(example)).contains("Hội Liên hiệp Phụ nữ (WOMEN_UNION)", "62", "615", "23500");
            Row row = workbook.getSheetAt(0).createRow(1);
            DataFormatter formatter = new DataFormatter();
            for (Cell cell : example) {
                Cell copy = row.createCell(cell.getColumnIndex());
                copy.setCellStyle(cell.getCellStyle());
                switch (cell.getCellType()) {
                    case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                    default -> copy.setCellValue(formatter.formatCellValue(cell));
                }
            }
            row.getCell(ActivityRowReader.COLUMNS.indexOf("title")).setCellValue(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        HttpApi.Response response = api.request("POST", "/api/v1/activities/import").token(COMMUNE_RECORDER)
                .body(XLSX, filled).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("recorded").asInt()).as(response.body()).isEqualTo(1);
        Document recorded = mongo.findOne(Query.query(Criteria.where("title").is(title)), Document.class,
                ActivityStore.COLLECTION);
        assertThat(recorded).isNotNull();
        assertThat(recorded.getString("agency")).isEqualTo("WOMEN_UNION");
        assertThat(recorded.getString("kind")).isEqualTo("VILLAGE_MEETING");
        assertThat(recorded.get("locality", Document.class).getString("commune")).isEqualTo("23500");
        assertThat(recorded.getList("topics", String.class)).containsExactly("Phòng, chống ma túy");
    }

    @Test
    void headingsAndChoicesMayBeWordsWithTheCodeInBracketsWhileTextStaysAsWritten() {
        String batch = UUID.randomUUID().toString();
        String material = issueMaterial("Sổ tay " + batch);
        String csv = "\"Cấp tổ chức * (level)\",\"Tỉnh (province)\",\"Huyện (district)\",\"Xã (commune)\",\"Hình thức * (kind)\","
                + "\"Cơ quan phối hợp (partnerAgencies)\",\"Chủ đề (topics)\",\"Tên hoạt động * (title)\","
                + "\"Ngày bắt đầu * (startDate)\",\"Lượt người tham gia * (participants)\",\"Tài liệu đã dùng (materials)\"\n"
                + "\"Xã (COMMUNE)\",62,615,23500,\"Họp dân ở thôn (VILLAGE_MEETING)\",\"Công an (POLICE)\",\"An ninh (lần 2)\","
                + "\"" + batch + " (lần 2)\",2024-03-01,40,\"Sổ tay (2024) (" + material + ")\"\n"
                + "COMMUNE,62,615,23500,\"Họp dân (DANCING)\",,,\"" + batch + " b\",2024-03-01,40,\n"
                + "COMMUNE,62,615,23500,VILLAGE_MEETING,,,\"" + batch + " c\",2024-03-01,40,\"Sổ tay (" + material
                + "); " + material + "\"\n";

        JsonNode report = api.request("POST", "/api/v1/activities/import").token(COMMUNE_RECORDER)
                .header("Accept-Language", "en").body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send().json();

        assertThat(report.get("recorded").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        Document recorded = mongo.findOne(Query.query(Criteria.where("title").is(batch + " (lần 2)")), Document.class,
                ActivityStore.COLLECTION);
        assertThat(recorded).isNotNull();
        assertThat(recorded.getList("partnerAgencies", String.class)).containsExactly("POLICE");
        assertThat(recorded.getList("topics", String.class)).containsExactly("An ninh (lần 2)");
        assertThat(recorded.getList("materials", String.class)).containsExactly(material);
        assertThat(report.get("results").get(1).toString()).contains("DANCING");
        assertThat(report.get("results").get(2).get("errors").get(0).get("field").asString()).isEqualTo("materials[1]");
    }

    @Test
    void theTemplateNeedsASignIn() throws Exception {
        assertThat(download(null, "vi").statusCode()).isEqualTo(401);
    }

    /** A material of the library (a link, no file), issued by the Women's Union for Kon Tum; its id. */
    private String issueMaterial(String title) {
        Multipart body = new Multipart().json("material", """
                {"title": "%s", "kind": "BOOKLET", "topics": ["Phòng chống lừa đảo"], "languages": ["VIETNAMESE"],
                 "edition": "2024", "issuedOn": "2024-01-15", "locality": {"province": "62"},
                 "link": "https://phunu.kontum.gov.vn/tai-lieu/%s"}
                """.formatted(title, UUID.randomUUID()));
        HttpApi.Response created = api.request("POST", "/api/v1/materials").token(ISSUER)
                .body(body.contentType(), body.bytes()).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    private HttpResponse<byte[]> download(String token, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/activities/import/template"))
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        return texts;
    }

    private static List<String> columnOf(Sheet sheet, int column) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> {
            if (row.getCell(column) != null) {
                texts.add(formatter.formatCellValue(row.getCell(column)));
            }
        });
        return texts;
    }
}
