package vn.antq.activities.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.antq.activities.EventServiceTest;
import vn.antq.activities.Tokens;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;
import vn.antq.testsupport.TopicRecords;

/**
 * The materials library: an agency uploads a material (its file kept in GridFS, its type found from the content),
 * revises it, gives it a new file, withdraws it; anyone signed in reads and downloads it; agencies record its
 * distributions; activities name the materials they used. Every change is one event with the whole aggregate; a
 * refused file leaves nothing behind, neither the material nor a stored file.
 */
@EventServiceTest
@TestPropertySource(properties = "antq.materials.max-file-size=16KB")
class MaterialsIT {

    static final ContractSchemas SCHEMAS = new ContractSchemas();
    static final String POLICE = Tokens.token("POLICE", null, Role.RECORDER);
    static final String POLICE_OF_608 = Tokens.token("POLICE", "608", Role.RECORDER);
    static final String WOMEN_UNION = Tokens.token("WOMEN_UNION", null, Role.RECORDER);
    static final String WOMEN_UNION_OF_608 = Tokens.token("WOMEN_UNION", "608", Role.RECORDER);
    static final String OPS = Tokens.token("OPS", null, Role.OPS);
    static final String PATH = "/api/v1/materials";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;
    final TopicRecords topic = TopicRecords.embedded();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void aPoliceRecorderUploadsAPdfKeptWithItsDigestThatAnyoneSignedInDownloadsUnchanged() throws Exception {
        String title = uniqueTitle();
        byte[] pdf = Samples.pdf("Canh giac lua dao qua mang");
        String fileName = "Tờ rơi cảnh giác lừa đảo.pdf";

        HttpApi.Response created = upload(POLICE, leaflet(title), fileName, "application/pdf", pdf);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.etag()).isEqualTo("\"1\"");
        JsonNode file = created.json().get("file");
        assertThat(created.text("agency")).as("the issuer is the token's agency").isEqualTo("POLICE");
        assertThat(created.text("localityName")).contains("Kon Tum");
        assertThat(file.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(file.get("sha256").asString()).isEqualTo(Samples.sha256(pdf));
        assertThat(file.get("fileName").asString()).isEqualTo(fileName);
        assertThat(file.get("download").asString()).isEqualTo(PATH + "/" + id + "/file");

        ConsumerRecord<String, byte[]> event = awaitEvents(id, 1).get(0);
        assertThat(TopicRecords.header(event, "ce_type")).isEqualTo(EventTypes.MATERIAL_CHANGED);
        assertThat(TopicRecords.header(event, "ce_subject")).isEqualTo(id);
        assertThat(SCHEMAS.validate(EventTypes.MATERIAL_CHANGED, event.value())).isEmpty();
        JsonNode body = HttpApi.json(TopicRecords.body(event));
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("title").asString()).isEqualTo(title);
        assertThat(body.get("languages").toString()).isEqualTo("[\"VIETNAMESE\",\"BA_NA\"]");
        assertThat(body.get("withdrawn").asBoolean()).isFalse();
        assertThat(body.get("file").get("sha256").asString()).isEqualTo(Samples.sha256(pdf));
        assertThat(body.get("file").get("size").asLong()).isEqualTo(pdf.length);
        assertThat(body.get("file").get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(body.get("file").get("fileName").asString()).isEqualTo(fileName);
        assertThat(body.get("file").get("fileId").asString()).isEqualTo(file.get("fileId").asString());

        HttpResponse<byte[]> download = download(PATH + "/" + id + "/file", Tokens.token("FARMERS", "23377"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(pdf.length);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(api.request("GET", PATH + "/" + id).token(Tokens.token("VETERANS", "615")).send().etag())
                .as("any signed-in user reads it").isEqualTo("\"1\"");
        assertThat(api.request("GET", PATH + "/" + id).send().status()).isEqualTo(401);
        assertThat(download(PATH + "/" + id + "/file", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theTypeIsFoundFromTheContentNotFromTheNameNorTheDeclaredType() throws Exception {
        byte[] png = Samples.image("png");

        HttpApi.Response created = upload(POLICE, leaflet(uniqueTitle()), "ap-phich.pdf", "application/pdf", png);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("file").get("mediaType").asString()).isEqualTo("image/png");
        HttpResponse<byte[]> download = download(created.header("Location") + "/file", WOMEN_UNION);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.body()).isEqualTo(png);
        HttpApi.Response slides = upload(POLICE, leaflet(uniqueTitle()), "bai-giang.bin",
                "application/octet-stream", Samples.pptx());
        assertThat(slides.json().get("file").get("mediaType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    }

    @Test
    void aTextFileNamedPdfIsRefusedWith415InBothLanguagesAndNothingIsStored() {
        String title = uniqueTitle();
        byte[] text = "Tài liệu tuyên truyền phòng chống tội phạm\n".repeat(5).getBytes(StandardCharsets.UTF_8);
        long files = storedFiles();
        long chunks = storedChunks();

        HttpApi.Response vi = upload(POLICE, leaflet(title), "tai-lieu.pdf", "application/pdf", text);
        HttpApi.Response en = uploadIn("en", POLICE, leaflet(title), "tai-lieu.pdf", "application/pdf", text);

        assertThat(vi.status()).isEqualTo(415);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(vi.text("detail")).contains("không nhận loại tệp text/plain", "PDF", "DOCX");
        assertThat(vi.text("mediaType")).isEqualTo("text/plain");
        assertThat(en.status()).isEqualTo(415);
        assertThat(en.text("detail")).contains("does not take files of type text/plain", "nothing was stored");
        assertNothingStored(title, files, chunks);
    }

    @Test
    void aFileOverTheConfiguredLimitIsRefusedWith413AndNothingIsStored() {
        String title = uniqueTitle();
        byte[] large = Samples.pdf("Qua lon", 20 * 1024);
        long files = storedFiles();
        long chunks = storedChunks();

        HttpApi.Response refused = uploadIn("en", POLICE, leaflet(title), "so-tay.pdf", "application/pdf", large);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("limit of 16 KB");
        assertThat(upload(POLICE, leaflet(title), "so-tay.pdf", "application/pdf", large).text("detail"))
                .contains("giới hạn 16 KB");
        assertNothingStored(title, files, chunks);
    }

    @Test
    void aRetriedUploadWithTheSameIdempotencyKeyKeepsOneMaterialAndOneFile() {
        String title = uniqueTitle();
        String key = UUID.randomUUID().toString();
        byte[] pdf = Samples.pdf("Mot lan");
        long files = storedFiles();

        HttpApi.Response first = keyed(key, leaflet(title), pdf);
        HttpApi.Response retry = keyed(key, leaflet(title), pdf);
        HttpApi.Response otherFile = keyed(key, leaflet(title), Samples.pdf("Tep khac"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(otherFile.status()).as("the key reused for another file").isEqualTo(422);
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), MaterialStore.COLLECTION)).isEqualTo(1);
        assertThat(storedFiles()).as("the retries' copies are not kept").isEqualTo(files + 1);
        awaitEvents(first.text("id"), 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> topic.withKey(Topics.MATERIAL, first.text("id")).size() == 1);
    }

    @Test
    void aLinkAloneIsEnoughButAMaterialWithNeitherFileNorLinkIsAFieldProblem() {
        String title = uniqueTitle();
        String link = "https://congan.kontum.gov.vn/video/" + UUID.randomUUID();

        HttpApi.Response linked = upload(POLICE, material(title, "VIDEO", "[\"XO_DANG\"]", "2024-05-01",
                "{\"province\": \"62\", \"district\": \"608\"}", link), null, null, null);
        HttpApi.Response neither = uploadIn("en", POLICE, leaflet(title), null, null, null);
        HttpApi.Response badLink = upload(POLICE, material(title, "VIDEO", "[\"XO_DANG\"]", "2024-05-01",
                "{\"province\": \"62\"}", "http://congan.kontum.gov.vn/video"), null, null, null);

        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("file").isNull()).isTrue();
        assertThat(linked.text("link")).isEqualTo(link);
        assertThat(download(linked.header("Location") + "/file", POLICE).statusCode()).isEqualTo(404);
        assertThat(neither.status()).isEqualTo(400);
        assertThat(fields(neither)).containsExactly("link");
        assertThat(error(neither, "link")).contains("needs its file or its link");
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(fields(badLink)).containsExactly("link");
        assertThat(error(badLink, "link")).contains("https://");
    }

    @Test
    void aRevisionNeedsTheCurrentVersionAndANewFileIsANewVersionKeepingTheEarlierOne() throws Exception {
        byte[] pdf = Samples.pdf("Ban dau");
        String id = issue(POLICE, leaflet(uniqueTitle()), pdf);
        String path = PATH + "/" + id;
        String revisedTitle = uniqueTitle();
        String revised = material(revisedTitle, "BOOKLET", "[\"VIETNAMESE\"]", "2024-03-01",
                "{\"province\": \"62\", \"district\": \"608\"}", null);

        HttpApi.Response withoutIfMatch = api.request("PUT", path).token(POLICE).json(revised).send();
        HttpApi.Response stale = api.request("PUT", path).token(POLICE).header("If-Match", "\"7\"").json(revised).send();
        HttpApi.Response done = api.request("PUT", path).token(POLICE).header("If-Match", "\"1\"").json(revised).send();

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.etag()).isEqualTo("\"2\"");
        assertThat(done.text("title")).isEqualTo(revisedTitle);
        assertThat(done.json().get("file").get("sha256").asString()).as("the file stays").isEqualTo(Samples.sha256(pdf));
        String firstFile = done.json().get("file").get("fileId").asString();

        byte[] png = Samples.image("png");
        long files = storedFiles();
        HttpApi.Response staleFile = replaceFile(path, POLICE, "\"1\"", png);
        assertThat(staleFile.status()).isEqualTo(412);
        assertThat(storedFiles()).as("the file of a stale request is not kept").isEqualTo(files);
        HttpApi.Response newFile = replaceFile(path, POLICE, "\"2\"", png);
        assertThat(newFile.status()).as(newFile.body()).isEqualTo(200);
        assertThat(newFile.etag()).isEqualTo("\"3\"");
        assertThat(newFile.json().get("file").get("mediaType").asString()).isEqualTo("image/png");
        assertThat(newFile.json().get("file").get("fileId").asString()).isNotEqualTo(firstFile);
        assertThat(newFile.text("title")).isEqualTo(revisedTitle);
        assertThat(download(path + "/file", WOMEN_UNION).body()).isEqualTo(png);
        assertThat(download(path + "/file?fileId=" + firstFile, WOMEN_UNION).body()).as("the earlier file")
                .isEqualTo(pdf);
        assertThat(download(path + "/file?fileId=" + UUID.randomUUID(), WOMEN_UNION).statusCode()).isEqualTo(404);

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 3);
        assertThat(events).extracting(e -> HttpApi.json(TopicRecords.body(e)).get("version").asLong())
                .containsExactly(1L, 2L, 3L);
        JsonNode third = HttpApi.json(TopicRecords.body(events.get(2)));
        assertThat(third.get("file").get("sha256").asString()).isEqualTo(Samples.sha256(png));
        assertThat(third.get("kind").asString()).isEqualTo("BOOKLET");
        assertThat(SCHEMAS.validate(EventTypes.MATERIAL_CHANGED, events.get(2).value())).isEmpty();
    }

    @Test
    void aWithdrawnMaterialStaysReadableAndDownloadableAndChangesNoMore() {
        byte[] pdf = Samples.pdf("Thu hoi");
        String id = issue(POLICE, leaflet(uniqueTitle()), pdf);
        String path = PATH + "/" + id;

        HttpApi.Response withoutIfMatch = api.request("DELETE", path).token(POLICE).send();
        HttpApi.Response withdrawn = api.request("DELETE", path).token(POLICE).header("If-Match", "\"1\"").send();
        HttpApi.Response again = api.request("DELETE", path).token(POLICE).header("If-Match", "\"2\"")
                .header("Accept-Language", "en").send();
        HttpApi.Response revise = api.request("PUT", path).token(POLICE).header("If-Match", "\"2\"")
                .json(leaflet(uniqueTitle())).send();
        HttpApi.Response newFile = replaceFile(path, POLICE, "\"2\"", Samples.image("png"));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
        assertThat(withdrawn.json().get("withdrawnAt").isNull()).isFalse();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("is withdrawn");
        assertThat(revise.status()).isEqualTo(409);
        assertThat(newFile.status()).isEqualTo(409);
        assertThat(api.request("GET", path).token(WOMEN_UNION).send().etag()).isEqualTo("\"2\"");
        assertThat(download(path + "/file", WOMEN_UNION).body()).isEqualTo(pdf);
        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 2);
        JsonNode last = HttpApi.json(TopicRecords.body(events.get(1)));
        assertThat(last.get("withdrawn").asBoolean()).isTrue();
        assertThat(last.get("file").get("sha256").asString()).as("the whole material").isEqualTo(Samples.sha256(pdf));
        assertThat(SCHEMAS.validate(EventTypes.MATERIAL_CHANGED, events.get(1).value())).isEmpty();
    }

    @Test
    void onlyARecorderOfTheIssuingAgencyInsideItsLocalityChangesAMaterial() {
        String id = issue(POLICE, leaflet(uniqueTitle()), Samples.pdf("Cong an"));
        String path = PATH + "/" + id;
        String title = uniqueTitle();

        HttpApi.Response revise = api.request("PUT", path).token(WOMEN_UNION).header("If-Match", "\"1\"")
                .header("Accept-Language", "en").json(leaflet(uniqueTitle())).send();
        HttpApi.Response newFile = replaceFile(path, WOMEN_UNION, "\"1\"", Samples.image("png"));
        HttpApi.Response withdraw = api.request("DELETE", path).token(WOMEN_UNION).header("If-Match", "\"1\"").send();
        HttpApi.Response otherDistrict = api.request("PUT", path).token(Tokens.token("POLICE", "615", Role.RECORDER))
                .header("If-Match", "\"1\"").json(leaflet(uniqueTitle())).send();
        HttpApi.Response approver = upload(Tokens.token("POLICE", null, Role.APPROVER), leaflet(title), "a.pdf",
                "application/pdf", Samples.pdf("A"));
        HttpApi.Response outside = upload(Tokens.token("POLICE", "615", Role.RECORDER), leaflet(title), "a.pdf",
                "application/pdf", Samples.pdf("A"));
        HttpApi.Response ops = upload(Tokens.token("OPS", null, Role.RECORDER, Role.OPS), leaflet(title), "a.pdf",
                "application/pdf", Samples.pdf("A"));

        assertThat(revise.status()).isEqualTo(403);
        assertThat(revise.header("Content-Type")).startsWith("application/problem+json");
        assertThat(revise.text("detail")).contains("Women's Union", "Police");
        assertThat(newFile.status()).isEqualTo(403);
        assertThat(withdraw.status()).isEqualTo(403);
        assertThat(otherDistrict.status()).isEqualTo(403);
        assertThat(approver.status()).isEqualTo(403);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(ops.status()).as("not an agency that issues materials").isEqualTo(403);
        assertThat(api.request("GET", path).token(POLICE).send().etag()).isEqualTo("\"1\"");
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), MaterialStore.COLLECTION)).isZero();
        assertThat(api.request("PUT", path).token(POLICE_OF_608).header("If-Match", "\"1\"")
                .json(leaflet(uniqueTitle())).send().status()).as("the police of the district").isEqualTo(200);
    }

    @Test
    void distributionsAreRecordedRevisedAndCancelledEachWithItsEvent() {
        String materialId = issue(POLICE, leaflet(uniqueTitle()), Samples.pdf("Cap phat"));

        HttpApi.Response recorded = api.request("POST", PATH + "/" + materialId + "/distributions")
                .token(WOMEN_UNION_OF_608).json(distribution("23284", "2024-04-02", 200, true)).send();

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String id = recorded.text("id");
        String path = "/api/v1/distributions/" + id;
        assertThat(recorded.header("Location")).endsWith(path);
        assertThat(recorded.text("agency")).as("the distributor is the token's agency").isEqualTo("WOMEN_UNION");
        assertThat(recorded.text("materialId")).isEqualTo(materialId);
        assertThat(recorded.text("unitName")).isNotBlank();
        HttpApi.Response revised = api.request("PUT", path).token(WOMEN_UNION_OF_608).header("If-Match", "\"1\"")
                .json(distribution("23284", "2024-04-03", 150, false)).send();
        HttpApi.Response stale = api.request("PUT", path).token(WOMEN_UNION_OF_608).header("If-Match", "\"1\"")
                .json(distribution("23284", "2024-04-03", 150, false)).send();
        HttpApi.Response byPolice = api.request("DELETE", path).token(POLICE).header("If-Match", "\"2\"").send();
        HttpApi.Response cancelled = api.request("DELETE", path).token(WOMEN_UNION).header("If-Match", "\"2\"").send();
        HttpApi.Response again = api.request("DELETE", path).token(WOMEN_UNION).header("If-Match", "\"3\"")
                .header("Accept-Language", "en").send();

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("copies").asLong()).isEqualTo(150);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(byPolice.status()).isEqualTo(403);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelled").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("is cancelled");
        assertThat(api.request("GET", path).token(POLICE).send().status()).as("another agency").isEqualTo(403);
        assertThat(api.request("GET", path).token(OPS).send().etag()).isEqualTo("\"3\"");

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 3);
        assertThat(events).extracting(e -> TopicRecords.header(e, "ce_type"))
                .containsOnly(EventTypes.MATERIAL_DISTRIBUTED);
        events.forEach(e -> assertThat(SCHEMAS.validate(EventTypes.MATERIAL_DISTRIBUTED, e.value())).isEmpty());
        JsonNode first = HttpApi.json(TopicRecords.body(events.get(0)));
        assertThat(first.get("materialId").asString()).isEqualTo(materialId);
        assertThat(first.get("agency").asString()).isEqualTo("WOMEN_UNION");
        assertThat(first.get("unit").get("commune").asString()).isEqualTo("23284");
        assertThat(first.get("receivedOn").asString()).isEqualTo("2024-04-02");
        assertThat(first.get("copies").asLong()).isEqualTo(200);
        assertThat(first.get("digital").asBoolean()).isTrue();
        JsonNode last = HttpApi.json(TopicRecords.body(events.get(2)));
        assertThat(last.get("version").asLong()).isEqualTo(3);
        assertThat(last.get("cancelled").asBoolean()).isTrue();
        assertThat(last.get("copies").asLong()).isEqualTo(150);
    }

    @Test
    void aDistributionIsOfAMaterialOfTheLibraryToAUnitInForceInsideTheTokensLocality() {
        String materialId = issue(POLICE, leaflet(uniqueTitle()), Samples.pdf("Kiem tra"));
        String distributions = PATH + "/" + materialId + "/distributions";
        long before = mongo.count(Query.query(Criteria.where("materialId").is(materialId)), DistributionStore.COLLECTION);

        HttpApi.Response unknown = api.request("POST", PATH + "/" + UUID.randomUUID() + "/distributions")
                .token(WOMEN_UNION).json(distribution("23284", "2024-04-02", 5, false)).send();
        HttpApi.Response bad = api.request("POST", distributions).token(WOMEN_UNION).header("Accept-Language", "en")
                .json(distribution("99999", "2024-02-01", 0, false)).send();
        HttpApi.Response outside = api.request("POST", distributions).token(Tokens.token("WOMEN_UNION", "615",
                Role.RECORDER)).json(distribution("23284", "2024-04-02", 5, false)).send();
        HttpApi.Response notARecorder = api.request("POST", distributions).token(Tokens.token("WOMEN_UNION", null,
                Role.APPROVER)).json(distribution("23284", "2024-04-02", 5, false)).send();

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("receivedOn", "copies");
        assertThat(error(bad, "receivedOn")).contains("before the material was issued");
        assertThat(error(bad, "copies")).contains("set digital to true");
        assertThat(outside.status()).isEqualTo(403);
        assertThat(notARecorder.status()).isEqualTo(403);
        HttpApi.Response commune = api.request("POST", distributions).token(WOMEN_UNION).header("Accept-Language", "en")
                .json(distribution("99999", "2024-04-02", 5, false)).send();
        assertThat(fields(commune)).containsExactly("unit.commune");
        assertThat(mongo.count(Query.query(Criteria.where("materialId").is(materialId)), DistributionStore.COLLECTION))
                .isEqualTo(before);
    }

    @Test
    void aWithdrawnMaterialIsNotDistributedFromTheDayItWasWithdrawn() {
        String materialId = issue(POLICE, leaflet(uniqueTitle()), Samples.pdf("Het hieu luc"));
        assertThat(api.request("DELETE", PATH + "/" + materialId).token(POLICE).header("If-Match", "\"1\"").send()
                .status()).isEqualTo(200);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        // Today's units are those of the 2025 structure: commune 23512 of province 51.
        String todays = distribution("23284", today, 5, false)
                .replace("\"province\": \"62\", \"district\": \"608\", \"commune\": \"23284\"",
                        "\"province\": \"51\", \"commune\": \"23512\"");
        HttpApi.Response refused = api.request("POST", PATH + "/" + materialId + "/distributions")
                .token(WOMEN_UNION).header("Accept-Language", "en").json(todays).send();
        HttpApi.Response earlier = api.request("POST", PATH + "/" + materialId + "/distributions")
                .token(WOMEN_UNION).json(distribution("23284", "2024-04-02", 5, false)).send();

        assertThat(todays).contains("23512");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("was withdrawn on " + today);
        assertThat(mongo.count(Query.query(Criteria.where("materialId").is(materialId).and("receivedOn").is(today)),
                DistributionStore.COLLECTION)).isZero();
        assertThat(earlier.status()).as("received before it was withdrawn, recorded late").isEqualTo(201);
    }

    @Test
    void theListIsFilteredByKindLanguageAgencyLocalityAndWhetherCurrentNewestFirst() {
        String leaflet = issue(POLICE, material(uniqueTitle(), "LEAFLET", "[\"VIETNAMESE\", \"RO_MAM\"]", "2024-05-01",
                "{\"province\": \"62\", \"district\": \"611\", \"commune\": \"23377\"}", null), Samples.pdf("1"));
        String video = issue(POLICE, material(uniqueTitle(), "VIDEO", "[\"RO_MAM\"]", "2024-06-01",
                "{\"province\": \"62\", \"district\": \"611\"}", "https://congan.kontum.gov.vn/v/" + UUID.randomUUID()),
                null);
        String womenUnion = issue(WOMEN_UNION, material(uniqueTitle(), "LEAFLET", "[\"VIETNAMESE\"]", "2024-05-02",
                "{\"province\": \"62\", \"district\": \"608\"}", null), Samples.pdf("3"));
        assertThat(api.request("DELETE", PATH + "/" + video).token(POLICE).header("If-Match", "\"1\"").send().status())
                .isEqualTo(200);
        String reader = Tokens.token("FARMERS", "23284");

        List<String> leaflets = ids(list("?kind=LEAFLET&language=RO_MAM", reader));
        List<String> ofWomenUnion = ids(list("?agency=WOMEN_UNION", reader));
        List<String> inDistrict = ids(list("?locality=611&language=RO_MAM", reader));
        List<String> current = ids(list("?locality=611&language=RO_MAM&current=true", reader));
        List<String> withdrawn = ids(list("?locality=611&language=RO_MAM&current=false", reader));

        assertThat(leaflets).contains(leaflet).doesNotContain(video, womenUnion);
        assertThat(ofWomenUnion).contains(womenUnion).doesNotContain(leaflet, video);
        assertThat(inDistrict).contains(leaflet, video).doesNotContain(womenUnion);
        assertThat(inDistrict.indexOf(video)).as("newest issue first").isLessThan(inDistrict.indexOf(leaflet));
        assertThat(current).contains(leaflet).doesNotContain(video);
        assertThat(withdrawn).contains(video).doesNotContain(leaflet);
        HttpApi.Response page = list("?locality=611&language=RO_MAM&size=1&page=0", reader);
        assertThat(page.json().get("items")).hasSize(1);
        assertThat(page.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(api.request("GET", PATH + "?size=0").token(reader).send().status()).isEqualTo(400);
        assertThat(api.request("GET", PATH + "?locality=99").token(reader).send().status()).isEqualTo(400);
        assertThat(api.request("GET", PATH + "?kind=RADIO").token(reader).send().status()).isEqualTo(400);
    }

    @Test
    void anActivityNamesTheMaterialsItUsedAndItsEventCarriesThem() {
        String materialId = issue(POLICE, leaflet(uniqueTitle()), Samples.pdf("Hop thon"));
        String unknown = UUID.randomUUID().toString();
        String title = "Họp thôn dùng tài liệu " + UUID.randomUUID();

        HttpApi.Response recorded = api.request("POST", "/api/v1/activities").token(POLICE)
                .json(activity(title, "[\"" + materialId + "\"]")).send();
        HttpApi.Response vi = api.request("POST", "/api/v1/activities").token(POLICE)
                .json(activity(title + " 2", "[\"" + materialId + "\", \"" + unknown + "\"]")).send();
        HttpApi.Response en = api.request("PUT", "/api/v1/activities/" + recorded.text("id")).token(POLICE)
                .header("If-Match", "\"1\"").header("Accept-Language", "en")
                .json(activity(title, "[\"" + materialId + "\", \"" + unknown + "\"]")).send();

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("materials").toString()).isEqualTo("[\"" + materialId + "\"]");
        assertThat(vi.status()).isEqualTo(400);
        assertThat(fields(vi)).containsExactly("materials[1]");
        assertThat(error(vi, "materials[1]")).isEqualTo("Thư viện tài liệu không có tài liệu " + unknown);
        assertThat(en.status()).isEqualTo(400);
        assertThat(error(en, "materials[1]")).isEqualTo("The materials library has no material " + unknown);
        assertThat(api.request("GET", "/api/v1/activities/" + recorded.text("id")).token(POLICE).send().etag())
                .isEqualTo("\"1\"");

        String activityId = recorded.text("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> !topic.withKey(Topics.ACTIVITY, activityId).isEmpty());
        ConsumerRecord<String, byte[]> event = topic.withKey(Topics.ACTIVITY, activityId).get(0);
        assertThat(HttpApi.json(TopicRecords.body(event)).get("materials").toString())
                .isEqualTo("[\"" + materialId + "\"]");
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_RECORDED, event.value())).isEmpty();
    }

    // --- requests ---

    private HttpApi.Response upload(String token, String material, String fileName, String contentType, byte[] bytes) {
        return uploadIn(null, token, material, fileName, contentType, bytes);
    }

    private HttpApi.Response uploadIn(String language, String token, String material, String fileName,
                                      String contentType, byte[] bytes) {
        Multipart body = new Multipart().json("material", material);
        if (bytes != null) {
            body.file("file", fileName, contentType, bytes);
        }
        HttpApi.Request request = api.request("POST", PATH).token(token).body(body.contentType(), body.bytes());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.send();
    }

    private HttpApi.Response keyed(String key, String material, byte[] pdf) {
        Multipart body = new Multipart().json("material", material).file("file", "so-tay.pdf", "application/pdf", pdf);
        return api.request("POST", PATH).token(POLICE).header("Idempotency-Key", key)
                .body(body.contentType(), body.bytes()).send();
    }

    private String issue(String token, String material, byte[] pdf) {
        HttpApi.Response created = upload(token, material, "tai-lieu.pdf", "application/pdf", pdf);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    private HttpApi.Response replaceFile(String path, String token, String ifMatch, byte[] bytes) {
        Multipart body = new Multipart().file("file", "ban-moi.png", "image/png", bytes);
        return api.request("PUT", path + "/file").token(token).header("If-Match", ifMatch)
                .body(body.contentType(), body.bytes()).send();
    }

    private HttpResponse<byte[]> download(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpApi.Response list(String query, String token) {
        HttpApi.Response page = api.request("GET", PATH + (query.contains("size=") ? query : query + "&size=200"))
                .token(token).send();
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page;
    }

    // --- bodies ---

    static String uniqueTitle() {
        return "Tài liệu tuyên truyền " + UUID.randomUUID();
    }

    /** A leaflet of the Kon Tum city police (district 608), in Vietnamese and Ba Na. */
    static String leaflet(String title) {
        return material(title, "LEAFLET", "[\"VIETNAMESE\", \"BA_NA\"]", "2024-03-01",
                "{\"province\": \"62\", \"district\": \"608\"}", null);
    }

    static String material(String title, String kind, String languages, String issuedOn, String locality,
                           String link) {
        return """
                {"title": "%s", "kind": "%s", "topics": ["Phòng chống lừa đảo trực tuyến"], "languages": %s,
                 "edition": "2024", "issuedOn": "%s", "locality": %s%s}
                """.formatted(title, kind, languages, issuedOn, locality,
                link == null ? "" : ", \"link\": \"" + link + "\"");
    }

    static String distribution(String commune, String receivedOn, long copies, boolean digital) {
        return """
                {"unit": {"province": "62", "district": "608", "commune": "%s"}, "receivedOn": "%s",
                 "copies": %d, "digital": %s}
                """.formatted(commune, receivedOn, copies, digital);
    }

    /** A police village meeting in commune 23377 (district 611) that used these materials. */
    static String activity(String title, String materials) {
        return """
                {"agency": "POLICE", "level": "COMMUNE",
                 "locality": {"province": "62", "district": "611", "commune": "23377"},
                 "kind": "VILLAGE_MEETING", "topics": ["phòng chống lừa đảo"], "title": "%s",
                 "startDate": "2022-08-15", "participants": 60, "materials": %s}
                """.formatted(title, materials);
    }

    // --- answers ---

    private long storedFiles() {
        return mongo.getCollection(MaterialFiles.BUCKET + ".files").countDocuments();
    }

    private long storedChunks() {
        return mongo.getCollection(MaterialFiles.BUCKET + ".chunks").countDocuments();
    }

    private void assertNothingStored(String title, long files, long chunks) {
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), MaterialStore.COLLECTION)).isZero();
        assertThat(storedFiles()).as("no file kept in GridFS").isEqualTo(files);
        assertThat(storedChunks()).as("no chunk kept in GridFS").isEqualTo(chunks);
        assertThat(topic.matching(Topics.MATERIAL, r -> TopicRecords.body(r).contains(title))).isEmpty();
    }

    private List<ConsumerRecord<String, byte[]>> awaitEvents(String key, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.withKey(Topics.MATERIAL, key).size() >= count);
        return topic.withKey(Topics.MATERIAL, key);
    }

    private static List<String> ids(HttpApi.Response page) {
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> fields(HttpApi.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String error(HttpApi.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + " in " + response.body());
    }
}
