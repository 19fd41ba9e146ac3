package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.antq.analytics.shortcomings.ShortcomingsIT.findings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.population.PopulationUploads;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.material.DistributionEvent;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.kit.security.Role;

/**
 * The materials library on the projections and MATERIALS_GAP, in Long An (80, which no other test uses) in 2021: four
 * communes of Thị xã Kiến Tường with 1,000 residents each. Phường 1 and Phường 2 reach few people (below the median).
 * Phường 1, whose residents speak Xơ Đăng, received a Vietnamese leaflet (and used it) and a Xơ Đăng one that was then
 * withdrawn: a gap of language. Phường 2 received nothing: a gap of everything. Xã Thạnh Trị and Xã Bình Hiệp reach many.
 */
@AnalyticsIntegrationTest
@SuppressWarnings("unchecked")
class MaterialsGapIT {

    private static final Locality WARD_1 = new Locality("80", "795", "27787");
    private static final Locality WARD_2 = new Locality("80", "795", "27788");
    private static final Locality THANH_TRI = new Locality("80", "795", "27790");
    private static final Locality BINH_HIEP = new Locality("80", "795", "27793");
    private static final String SHORTCOMINGS = "/shortcomings?from=2021-01&to=2021-12&locality=80";
    private static final String MATERIALS = "/materials?locality=80";

    @LocalServerPort
    int port;

    @Test
    void weakCommunesWithoutCurrentMaterialsOrWithoutTheirResidentsLanguagesAreFound() {
        Api api = new Api(port);
        PopulationUploads.put(port, Api.admin(), "application/json", "[{\"code\":\"27787\",\"population\":1000,\"year\":2020,"
                + "\"languages\":[\"XO_DANG\"]},{\"code\":\"27788\",\"population\":1000,\"year\":2020},"
                + "{\"code\":\"27790\",\"population\":1000,\"year\":2020,\"languages\":[\"BA_NA\"]},"
                + "{\"code\":\"27793\",\"population\":1000,\"year\":2020}]", "en");
        try (Events events = new Events()) {
            events.publish(EventContract.ACTIVITY_RECORDED, activity("materials-it-1", WARD_1, 50, List.of("m-vi")));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("materials-it-2", WARD_2, 60, List.of()));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("materials-it-3", THANH_TRI, 500, List.of()));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("materials-it-4", BINH_HIEP, 600, List.of()));
            events.publish(EventContract.MATERIAL_CHANGED, material("m-vi", 1, MaterialLanguage.VIETNAMESE, false));
            events.publish(EventContract.MATERIAL_CHANGED, material("m-xd", 1, MaterialLanguage.XO_DANG, false));
            events.publish(EventContract.MATERIAL_CHANGED, material("m-xd", 2, MaterialLanguage.XO_DANG, true));
            events.publish(EventContract.MATERIAL_CHANGED, material("m-bn", 1, MaterialLanguage.BA_NA, false));
            DistributionEvent given = distribution("d-1", 1, "m-vi", WARD_1, 120, false);
            events.publish(EventContract.MATERIAL_DISTRIBUTED, given);
            events.publish(EventContract.MATERIAL_DISTRIBUTED, given);
            events.publish(EventContract.MATERIAL_DISTRIBUTED, distribution("d-2", 1, "m-xd", WARD_1, 0, false));
            events.publish(EventContract.MATERIAL_DISTRIBUTED, distribution("d-3", 1, "m-bn", THANH_TRI, 50, false));
            events.publish(EventContract.MATERIAL_DISTRIBUTED, distribution("d-4", 1, "m-vi", BINH_HIEP, 80, false));
            events.publish(EventContract.MATERIAL_DISTRIBUTED, distribution("d-4", 2, "m-vi", BINH_HIEP, 80, true));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(rows(api.get(MATERIALS))).contains(
                        "27787 received 2 current 1 used 1 copies 120 languages [VIETNAMESE] missing [XO_DANG]",
                        "27790 received 1 current 1 used 0 copies 50 languages [BA_NA] missing []"));
        assertThat(rows(api.get(MATERIALS))).noneMatch(row -> row.startsWith("27788") || row.startsWith("27793 received 1"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(gaps(api.get(SHORTCOMINGS))).extracting(MaterialsGapIT::subject)
                        .containsExactlyInAnyOrder("27787", "27788"));
        Map<String, Object> ward1 = gaps(api.get(SHORTCOMINGS)).stream().filter(f -> subject(f).equals("27787"))
                .findFirst().orElseThrow();
        assertThat(ward1).containsEntry("severity", "MEDIUM");
        assertThat((Map<String, Object>) ward1.get("evidence")).containsEntry("currentMaterials", 1)
                .containsEntry("copies", 120).containsEntry("missingLanguages", 1)
                .containsEntry("participationsPerThousandResidents", 50);
        assertThat(((Map<String, String>) ward1.get("explanation")).get("en"))
                .isEqualTo("Phường 1: 1 official material but none in Xơ Đăng, which its residents speak; 50 participations"
                        + " per 1,000 residents, below the median of the province's communes (280).");
        Map<String, Object> ward2 = gaps(api.get(SHORTCOMINGS)).stream().filter(f -> subject(f).equals("27788"))
                .findFirst().orElseThrow();
        assertThat(ward2).containsEntry("severity", "HIGH");
        assertThat(((Map<String, String>) ward2.get("explanation")).get("vi"))
                .startsWith("Phường 2: chưa nhận tài liệu tuyên truyền chính thống nào còn hiệu lực");

        // The Women's Union neither recorded outreach there nor distributed anything: nothing to judge.
        assertThat(gaps(api.get(SHORTCOMINGS, Api.token("WOMEN_UNION", null, Role.RECORDER)))).isEmpty();
    }

    private static String subject(Map<String, Object> finding) {
        return (String) ((Map<String, Object>) finding.get("subject")).get("code");
    }

    private static List<Map<String, Object>> gaps(Map<String, Object> answer) {
        return findings(answer).stream().filter(f -> "MATERIALS_GAP".equals(f.get("kind"))).toList();
    }

    private static List<String> rows(Map<String, Object> answer) {
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) answer.get("rows")) {
            rows.add(row.get("commune") + " received " + row.get("materialsReceived") + " current "
                    + row.get("currentMaterials") + " used " + row.get("materialsUsed") + " copies " + row.get("copies")
                    + " languages " + row.get("languages") + " missing " + row.get("missingLanguages"));
        }
        return rows;
    }

    private static ActivityEvent activity(String id, Locality ward, long participants, List<String> materials) {
        ActivityEvent plain = TestEvents.activity(id, 1, "POLICE", List.of(), ward, ActivityKind.VILLAGE_MEETING,
                LocalDate.of(2021, 6, 10), participants, 0, 0, 0, 0, ActivityStatus.RECORDED);
        return new ActivityEvent(plain.id(), 1, plain.actor(), plain.occurredAt(), "POLICE", List.of(), Level.COMMUNE,
                ward, ActivityKind.VILLAGE_MEETING, Channel.DIRECT, plain.topics(), plain.title(), plain.startDate(),
                plain.endDate(), participants, 0, 0, 0, 0, ActivityStatus.RECORDED, materials);
    }

    private static MaterialEvent material(String id, long version, MaterialLanguage language, boolean withdrawn) {
        return new MaterialEvent(id, version, "police-recorder", Instant.parse("2021-01-01T00:00:00Z").plusSeconds(version),
                "POLICE", Locality.ofProvince("80"), "Tờ gấp phòng, chống lừa đảo qua mạng", MaterialKind.LEAFLET,
                List.of("lừa đảo qua mạng"), List.of(language), "2021", LocalDate.of(2021, 1, 5), null,
                "https://conganlongan.gov.vn/tai-lieu/" + id, withdrawn);
    }

    private static DistributionEvent distribution(String id, long version, String material, Locality unit, long copies,
            boolean cancelled) {
        return new DistributionEvent(id, version, "police-recorder", Instant.parse("2021-02-01T00:00:00Z").plusSeconds(version),
                material, "POLICE", unit, LocalDate.of(2021, 2, 1), copies, copies == 0, cancelled);
    }
}
