package vn.antq.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelEvent;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.kit.security.Role;

/**
 * The answers across the 2025 reform: the same records read in the units they were recorded in ({@code recorded})
 * and in the 2025 units ({@code structure=2025}). The records belong to an agency of this run only; the Kon Tum
 * activities are cancelled at the end, since other tests count every activity of Kon Tum.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private static final String AGENCY = "REFORM_" + RUN.replace('-', '_');
    /** The years the issue asks about: the old structure's whole period and the first of the new one. */
    private static final String ALL_YEARS = "from=2019&to=2026&agency=" + AGENCY;

    @LocalServerPort
    int port;

    private Api api;
    private final List<ActivityEvent> activities = new ArrayList<>();

    @BeforeAll
    void publishRecordsOnBothSidesOfTheReform() {
        api = new Api(port);
        // Kon Tum, 2019-2024 (old codes): merged communes, a district-level and a province-level record.
        activity("kt-dak-to", new Locality("62", "612", "23401"), LocalDate.of(2019, 3, 10), 100, List.of("POLICE"));
        activity("kt-dak-hring", new Locality("62", "615", "23506"), LocalDate.of(2021, 6, 1), 40, List.of());
        activity("kt-dak-mar", new Locality("62", "615", "23512"), LocalDate.of(2024, 11, 20), 60, List.of());
        activity("kt-district", new Locality("62", "612", null), LocalDate.of(2022, 2, 2), 25, List.of());
        activity("kt-province", Locality.ofProvince("62"), LocalDate.of(2020, 5, 5), 35, List.of());
        activity("kt-june-2025", new Locality("62", "615", "23500"), LocalDate.of(2025, 6, 30), 20, List.of());
        // Quảng Ngãi, old codes: Xã Trà Bùi was split between Cà Đam (default) and Tây Trà Bồng;
        // 21136 was Xã Trà Tân before the reform and is Xã Cà Đam after it.
        activity("qn-tra-bui", new Locality("51", "525", "21142"), LocalDate.of(2023, 4, 4), 70, List.of());
        activity("qn-tra-tan", new Locality("51", "525", "21136"), LocalDate.of(2022, 8, 8), 15, List.of());
        // After the reform, new codes.
        activity("new-tay-tra-bong", new Locality("51", null, "21157"), LocalDate.of(2025, 9, 15), 50, List.of("POLICE"));
        activity("new-dak-mar", new Locality("51", null, "23512"), LocalDate.of(2025, 9, 20), 30, List.of());
        activity("new-dak-to", new Locality("51", null, "23401"), LocalDate.of(2026, 2, 1), 10, List.of());
        try (Events events = new Events()) {
            activities.forEach(activity -> events.publish(EventContract.ACTIVITY_RECORDED, activity));
            events.publish(EventContract.AWARD_CHANGED, award("award-kon-tum", Locality.ofProvince("62")));
            events.publish(EventContract.AWARD_CHANGED, award("award-tra-bui", new Locality("51", "525", "21142")));
            events.publish(EventContract.REVIEW_HELD, TestEvents.review("review-kon-tum-" + RUN, ReviewKind.FINAL, AGENCY,
                    List.of(AGENCY), Locality.ofProvince("62"), LocalDate.of(2024, 10, 15)));
            events.publish(EventContract.REVIEW_HELD, TestEvents.review("review-quang-ngai-" + RUN, ReviewKind.INTERIM,
                    AGENCY, List.of(AGENCY), Locality.ofProvince("51"), LocalDate.of(2025, 12, 20)));
        }
        api.awaitCaughtUp();
    }

    @AfterAll
    void cancelTheKonTumActivities() {
        try (Events events = new Events()) {
            for (ActivityEvent a : activities) {
                events.publish(EventContract.ACTIVITY_CANCELLED, new ActivityEvent(a.id(), 2, a.actor(),
                        a.occurredAt().plusSeconds(60), a.agency(), a.partnerAgencies(), a.level(), a.locality(), a.kind(),
                        a.channel(), a.topics(), a.title(), a.startDate(), a.endDate(), a.participants(), a.women(),
                        a.ethnicMinority(), a.reach(), a.copies(), ActivityStatus.CANCELLED));
            }
        }
        api.awaitCaughtUp();
        assertThat(Api.totals(api.get("/participation?" + ALL_YEARS))).containsEntry("activities", 0);
    }

    @Test
    void participationTotalsAreTheSameUnderBothStructures() {
        Map<String, Object> recorded = api.get("/participation?" + ALL_YEARS);
        Map<String, Object> reformed = api.get("/participation?structure=2025&" + ALL_YEARS);

        assertThat(Api.totals(recorded)).containsEntry("activities", 11).containsEntry("participants", 455);
        assertThat(Api.totals(reformed)).isEqualTo(Api.totals(recorded));
        assertThat(recorded).containsEntry("structure", "recorded").doesNotContainKey("attributedBySplit");
        assertThat(reformed).containsEntry("structure", "2025");
    }

    @Test
    void underTheRecordedStructureKonTumStaysKonTum() {
        List<Map<String, Object>> rows = Api.rows(api.get("/participation?groupBy=province&" + ALL_YEARS));

        assertThat(rows).extracting(row -> row.get("province"), row -> row.get("provinceName"), row -> row.get("participants"))
                .containsExactly(
                        tuple("51", "Tỉnh Quảng Ngãi", 175),
                        tuple("62", "Tỉnh Kon Tum", 280));
    }

    @Test
    void under2025EverythingIsInQuangNgaiAndItsNewCommunesAndTheSplitCommuneIsListedOnce() {
        Map<String, Object> byProvince = api.get("/participation?structure=2025&groupBy=province&" + ALL_YEARS);
        Map<String, Object> byCommune = api.get("/participation?structure=2025&locality=51&groupBy=province,commune&"
                + ALL_YEARS);

        assertThat(Api.rows(byProvince)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("province", "51").containsEntry("provinceName", "Tỉnh Quảng Ngãi")
                .containsEntry("participants", 455).doesNotContainKey("district"));
        assertThat(Api.rows(byCommune))
                .extracting(row -> row.get("commune"), row -> row.get("communeName"), row -> row.get("participants"))
                .containsExactly(
                        tuple(null, null, 60), // the district- and province-level records: the new province only
                        tuple("21136", "Xã Cà Đam", 85), // Trà Tân (merged) and Trà Bùi (split, default successor)
                        tuple("21157", "Xã Tây Trà Bồng", 50), // only its own 2025 activity: Trà Bùi counts once
                        tuple("23401", "Xã Đăk Tô", 110),
                        tuple("23500", "Xã Đăk Hà", 20),
                        tuple("23512", "Xã Đăk Mar", 130));
        assertThat(Api.totals(byCommune)).containsEntry("participants", 455);
        assertThat(list(byCommune, "attributedBySplit")).singleElement().satisfies(split -> assertThat(split)
                .containsEntry("oldCode", "21142").containsEntry("oldName", "Xã Trà Bùi")
                .containsEntry("newCode", "21136").containsEntry("newName", "Xã Cà Đam")
                .containsEntry("otherSuccessors", List.of(Map.of("code", "21157", "name", "Xã Tây Trà Bồng")))
                .containsEntry("activities", 1).containsEntry("participants", 70));
    }

    @Test
    void konTums2019To2024FiguresAppearUnderQuangNgai2025() {
        String years = "from=2019&to=2024&agency=" + AGENCY;
        Map<String, Object> konTum = api.get("/participation?locality=62&" + years);
        Map<String, Object> newCommunes = api.get("/participation?structure=2025&locality=51&groupBy=commune&" + years);

        assertThat(Api.totals(konTum)).containsEntry("participants", 260);
        // Kon Tum's 260 and the old Quảng Ngãi communes' 85, now one province.
        assertThat(Api.totals(newCommunes)).containsEntry("participants", 345);
        assertThat(Api.rows(newCommunes)).extracting(row -> row.get("commune"), row -> row.get("participants"))
                .containsExactly(tuple(null, 60), tuple("21136", 85), tuple("23401", 100), tuple("23512", 100));
        assertThat(Api.totals(api.get("/participation?structure=2025&locality=23512&" + years)))
                .containsEntry("participants", 100);
    }

    @Test
    void a2025ActivityInNewCodesCountsUnderItsNewCommuneInBothStructures() {
        String september = "from=2025-09&to=2025-09&agency=" + AGENCY + "&locality=21157";

        assertThat(Api.totals(api.get("/participation?" + september))).containsEntry("participants", 50);
        assertThat(Api.totals(api.get("/participation?structure=2025&" + september))).containsEntry("participants", 50);
    }

    @Test
    void coordinationAwardsAndReviewsSpeak2025Too() {
        Map<String, Object> pairs = api.get("/coordination?structure=2025&groupBy=pair,commune&" + ALL_YEARS);
        assertThat(Api.rows(pairs)).extracting(row -> row.get("commune"), row -> row.get("jointActivities"))
                .containsExactly(tuple("21157", 1), tuple("23401", 1));
        assertThat(Api.totals(pairs)).isEqualTo(Api.totals(api.get("/coordination?" + ALL_YEARS)));

        String awards = "/awards?from=2023&to=2023&agency=" + AGENCY + "&groupBy=agency";
        Map<String, Object> inQuangNgai = api.get(awards + "&structure=2025&locality=51");
        assertThat(Api.totals(api.get(awards + "&locality=62"))).containsEntry("conferred", 1);
        assertThat(Api.totals(inQuangNgai)).containsEntry("conferred", 2);
        assertThat(Api.totals(api.get(awards + "&structure=2025"))).isEqualTo(Api.totals(api.get(awards)));
        assertThat(list(inQuangNgai, "attributedBySplit")).singleElement().satisfies(split -> assertThat(split)
                .containsEntry("oldCode", "21142").containsEntry("conferred", 1));

        List<Map<String, Object>> recorded = Api.rows(api.get("/reviews?agency=" + AGENCY));
        List<Map<String, Object>> reformed = Api.rows(api.get("/reviews?structure=2025&locality=51&agency=" + AGENCY));
        assertThat(recorded).extracting(row -> row.get("locality")).containsExactly("51", "62");
        assertThat(reformed).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("locality", "51").containsEntry("provinceName", "Tỉnh Quảng Ngãi")
                .containsEntry("interim", 1).containsEntry("final", 1));
    }

    @Test
    void aReHomedModelKeepsItsOldReportsInItsOldCommuneAndMergedCommunesMakeModelsOverlap() {
        String type = "REFORM_TEST_" + RUN;
        String rehomed = "rehomed-" + RUN;
        Locality traBui = new Locality("51", "525", "21142");
        Locality tayTraBong = new Locality("51", null, "21157");
        try (Events events = new Events()) {
            events.publish(EventContract.MODEL_REGISTERED, model(rehomed, 1, type, traBui, LocalDate.of(2020, 3, 8)));
            events.publish(EventContract.MODEL_REPORTED, TestEvents.report(rehomed, 1, type, AGENCY, traBui, "2024-Q4", 5));
            // Re-homed by model-service to a successor of Trà Bùi; the founding date stays.
            events.publish(EventContract.MODEL_CHANGED, model(rehomed, 2, type, tayTraBong, LocalDate.of(2020, 3, 8)));
            events.publish(EventContract.MODEL_REPORTED, TestEvents.report(rehomed, 1, type, AGENCY, tayTraBong, "2025-Q3", 7));
            // Two models in Kon Tum communes that the reform merged into Xã Đăk Mar.
            events.publish(EventContract.MODEL_REGISTERED, model("hring-" + RUN, 1, type, new Locality("62", "615", "23506"),
                    LocalDate.of(2021, 1, 1)));
            events.publish(EventContract.MODEL_REGISTERED, model("mar-" + RUN, 1, type, new Locality("62", "615", "23512"),
                    LocalDate.of(2022, 1, 1)));
        }
        api.awaitCaughtUp();
        String models = "/models?asOf=2025-12-31&type=" + type;

        Map<String, Object> oldDistrict = api.get(models + "&locality=525");
        Map<String, Object> newCommune = api.get(models + "&locality=21157");
        assertThat(map(oldDistrict, "byStatus")).containsEntry("ACTIVE", 0);
        assertThat(map(oldDistrict, "reportTotals")).containsEntry("reports", 1).containsEntry("meetings", 5);
        assertThat(map(newCommune, "byStatus")).containsEntry("ACTIVE", 1);
        assertThat(map(newCommune, "reportTotals")).containsEntry("reports", 1).containsEntry("meetings", 7);
        assertThat(list(api.get(models), "overlapping")).isEmpty();

        Map<String, Object> defaultSuccessor = api.get(models + "&structure=2025&locality=21136");
        Map<String, Object> quangNgai = api.get(models + "&structure=2025&locality=51");
        assertThat(map(defaultSuccessor, "byStatus")).containsEntry("ACTIVE", 0);
        assertThat(map(defaultSuccessor, "reportTotals")).containsEntry("reports", 1);
        assertThat(list(defaultSuccessor, "attributedBySplit")).singleElement().satisfies(split -> assertThat(split)
                .containsEntry("oldCode", "21142").containsEntry("models", 0).containsEntry("reports", 1));
        assertThat(map(quangNgai, "byStatus")).containsEntry("ACTIVE", 3);
        assertThat(map(quangNgai, "reportTotals")).containsEntry("reports", 2).containsEntry("meetings", 12);
        assertThat(list(quangNgai, "overlapping")).singleElement().satisfies(group -> assertThat(group)
                .containsEntry("commune", "23512").containsEntry("communeName", "Xã Đăk Mar")
                .containsEntry("activeModels", 2).containsEntry("modelIds", List.of("hring-" + RUN, "mar-" + RUN)));
    }

    @Test
    void badStructureQuestionsAre400InVietnameseAndEnglishAndOldLocalityTokensAre403() {
        Api.Response unknown = api.call("GET", "/participation?structure=1990", Api.ops());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"field\":\"structure\"").contains("choose from: recorded, 2025");
        assertThat(vietnamese("/participation?structure=1990")).contains("chọn trong: recorded, 2025");

        assertField("/participation?structure=2025&groupBy=district", "groupBy");
        assertField("/coordination?structure=2025&groupBy=pair,district", "groupBy");
        assertField("/participation?structure=2025&locality=62", "locality");
        assertField("/participation?structure=2025&locality=612", "locality");
        assertField("/reviews?structure=old", "structure");
        assertField("/models?structure=2019", "structure");
        assertThat(vietnamese("/participation?structure=2025&groupBy=district")).contains("không có cấp huyện");

        String konTumOfficer = Api.token("POLICE", "62", Role.OPS);
        String quangNgaiOfficer = Api.token("POLICE", "51", Role.OPS);
        assertThat(api.call("GET", "/participation?structure=2025", konTumOfficer).status()).isEqualTo(403);
        assertThat(api.call("GET", "/participation?locality=62", konTumOfficer).status()).isEqualTo(200);
        assertThat(Api.totals(api.get("/participation?structure=2025&" + ALL_YEARS, quangNgaiOfficer)))
                .containsEntry("participants", 455);
        assertThat(api.call("GET", "/participation?structure=2025&locality=01", quangNgaiOfficer).status()).isEqualTo(403);
        // A 2025 commune's officer asking for its province (wider) is refused too, not narrowed.
        String dakMarOfficer = Api.token("POLICE", "23512", Role.OPS);
        Api.Response wider = api.call("GET", "/participation?structure=2025&locality=51", dakMarOfficer);
        assertThat(wider.status()).isEqualTo(403);
        assertThat(wider.body()).contains("This account may only read inside the area with code 23512; 51 is outside it");
        assertThat(api.call("GET", "/participation?structure=2025&locality=23512", dakMarOfficer).status()).isEqualTo(200);
    }

    @Test
    void theApiDocumentsDescribeTheStructureParameterOfEveryAnswerThatTakesIt() throws Exception {
        String docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString()).body();

        for (String path : List.of("/participation", "/coordination", "/models", "/awards", "/reviews")) {
            String operation = docs.substring(docs.indexOf("\"/api/v1/analytics" + path + "\""));
            assertThat(operation.substring(0, operation.indexOf("\"responses\""))).as(path)
                    .contains("\"name\":\"structure\"", "default", "attributedBySplit", "62 Kon Tum to 51 Quảng Ngãi");
        }
    }

    private void activity(String name, Locality locality, LocalDate startDate, long participants, List<String> partners) {
        activities.add(TestEvents.activity("reform-" + RUN + "-" + name, 1, AGENCY, partners, locality,
                ActivityKind.VILLAGE_MEETING, startDate, participants, participants / 2, participants / 5, 0, 0,
                ActivityStatus.RECORDED));
    }

    private static AwardEvent award(String name, Locality locality) {
        return new AwardEvent(name + "-" + RUN, 1, "tester", Instant.parse("2023-10-02T03:00:00Z"), AwardForm.CERTIFICATE_OF_MERIT,
                "Chủ tịch UBND tỉnh", "QĐ-" + name, LocalDate.of(2023, 10, 1), RecipientType.COLLECTIVE, "Đơn vị " + name,
                AGENCY, locality, null, "Có thành tích xuất sắc", List.of(), List.of(), AwardStatus.CONFERRED, "nominator",
                null);
    }

    private static ModelEvent model(String id, long version, String type, Locality locality, LocalDate establishedOn) {
        return new ModelEvent(id, version, "tester", Instant.parse("2025-08-01T00:00:00Z").plusSeconds(version),
                "Mô hình " + id, type, AGENCY, List.of(), locality, null, establishedOn, 12, ModelStatus.ACTIVE);
    }

    private void assertField(String question, String field) {
        Api.Response response = api.call("GET", question, Api.ops());
        assertThat(response.status()).as(question).isEqualTo(400);
        assertThat(response.json().get("errors")).as(question).asList().singleElement()
                .satisfies(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }

    private String vietnamese(String question) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/analytics" + question))
                    .header("Authorization", "Bearer " + Api.ops()).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> answer, String key) {
        return (List<Map<String, Object>>) answer.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> answer, String key) {
        return (Map<String, Object>) answer.get(key);
    }
}
