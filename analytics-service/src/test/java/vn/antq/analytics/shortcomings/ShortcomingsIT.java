package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.population.PopulationUploads;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.security.Role;

/**
 * {@code GET /shortcomings} on the embedded stack: a small province (Bình Định, 52, which no other test uses) with
 * one shortcoming of each kind planted, and ordinary figures everywhere else. The answer must name exactly what was
 * planted, with its evidence, and an agency user only what concerns its agency.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortcomingsIT {

    private static final String PROVINCE = "52";
    private static final String QUERY = "/shortcomings?from=2023-01&to=2024-12&locality=" + PROVINCE;

    @LocalServerPort
    int port;

    private final List<AdminUnit> districts = Gazetteer.official().districtsOf(PROVINCE).subList(0, 5);
    private final Map<String, List<AdminUnit>> communes = new LinkedHashMap<>();
    private String weakDistrict;
    private String weakCommune;
    private String fallingCommune;
    private String paperOnlyModel;
    private String overlapCommune;

    @BeforeAll
    void plantAProvince() {
        districts.forEach(d -> communes.put(d.code(), Gazetteer.official().communesOf(d.code()).subList(0, 3)));
        weakDistrict = districts.get(4).code();
        weakCommune = communes.get(districts.get(0).code()).get(0).code();
        fallingCommune = communes.get(districts.get(1).code()).get(0).code();
        String paperCommune = communes.get(districts.get(2).code()).get(0).code();
        overlapCommune = communes.get(districts.get(3).code()).get(0).code();
        String run = UUID.randomUUID().toString().substring(0, 8);
        paperOnlyModel = "paper-" + run;
        Locality province = Locality.ofProvince(PROVINCE);
        try (Events events = new Events()) {
            // One village meeting a year in every commune: 1,000 participations, 300 where weak, 200 for the fall.
            for (AdminUnit district : districts) {
                for (AdminUnit commune : communes.get(district.code())) {
                    for (int year : List.of(2023, 2024)) {
                        long participants = district.code().equals(weakDistrict) || commune.code().equals(weakCommune) ? 300
                                : commune.code().equals(fallingCommune) && year == 2024 ? 200 : 1000;
                        events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("m-" + run + "-" + commune.code()
                                + "-" + year, 1, "POLICE", List.of(), new Locality(PROVINCE, district.code(), commune.code()),
                                ActivityKind.VILLAGE_MEETING, LocalDate.of(year, 5, 10), participants, participants / 2, 0, 0,
                                0, ActivityStatus.RECORDED));
                    }
                }
            }
            // Joint work at province level: three pairs 20 times each, the Farmers 2 times with the Veterans only.
            joint(events, run, "POLICE", "WOMEN_UNION", 20, province);
            joint(events, run, "POLICE", "VETERANS", 20, province);
            joint(events, run, "WOMEN_UNION", "VETERANS", 20, province);
            joint(events, run, "FARMERS", "VETERANS", 2, province);
            // The Police review every year and commend; the Farmers' interim reviews are four years apart, uncommended.
            for (int year = 2019; year <= 2023; year++) {
                events.publish(EventContract.REVIEW_HELD, TestEvents.review("r-" + run + "-police-" + year, ReviewKind.INTERIM,
                        "POLICE", List.of(), province, LocalDate.of(year, 12, 10)));
            }
            events.publish(EventContract.AWARD_CHANGED, conferred("a-" + run + "-police", "POLICE", LocalDate.of(2023, 12, 5)));
            events.publish(EventContract.REVIEW_HELD, TestEvents.review("r-" + run + "-farmers-2019", ReviewKind.INTERIM,
                    "FARMERS", List.of(), province, LocalDate.of(2019, 12, 10)));
            events.publish(EventContract.REVIEW_HELD, TestEvents.review("r-" + run + "-farmers-2023", ReviewKind.INTERIM,
                    "FARMERS", List.of(), province, LocalDate.of(2023, 12, 11)));
            events.publish(EventContract.REVIEW_HELD, TestEvents.review("r-" + run + "-final", ReviewKind.FINAL, "JOINT",
                    List.of("POLICE", "FARMERS"), province, LocalDate.of(2024, 12, 15)));
            // A Farmers' model silent since 2023-Q1, and two models of one type in one commune.
            Locality paper = new Locality(PROVINCE, districts.get(2).code(), paperCommune);
            events.publish(EventContract.MODEL_REGISTERED, TestEvents.model(paperOnlyModel, 1, "MEDIATION_TEAM", "FARMERS",
                    paper, LocalDate.of(2020, 3, 1), ModelStatus.ACTIVE));
            events.publish(EventContract.MODEL_REPORTED, TestEvents.report(paperOnlyModel, 1, "MEDIATION_TEAM", "FARMERS",
                    paper, "2023-Q1", 3));
            Locality overlap = new Locality(PROVINCE, districts.get(3).code(), overlapCommune);
            for (String agency : List.of("POLICE", "VETERANS")) {
                String id = "overlap-" + run + "-" + agency;
                events.publish(EventContract.MODEL_REGISTERED, TestEvents.model(id, 1, "SELF_MANAGED_SECURITY_TEAM", agency,
                        overlap, LocalDate.of(2021, 1, 1), ModelStatus.ACTIVE));
                for (String quarter : List.of("2024-Q2", "2024-Q3", "2024-Q4")) {
                    events.publish(EventContract.MODEL_REPORTED, TestEvents.report(id, 1, "SELF_MANAGED_SECURITY_TEAM",
                            agency, overlap, quarter, 3));
                }
            }
        }
        new Api(port).awaitCaughtUp();
    }

    @Test
    void opsStaffSeeExactlyWhatWasPlantedWithTheNumbersBehindIt() {
        loadPopulation();
        Map<String, Object> answer = new Api(port).get(QUERY);

        assertThat(answer).containsEntry("from", "2023-01").containsEntry("to", "2024-12").containsEntry("locality", PROVINCE);
        assertThat(subjects(answer)).containsExactlyInAnyOrder(
                "LOW_PARTICIPATION " + weakDistrict, "LOW_PARTICIPATION " + weakCommune,
                "LOW_PARTICIPATION " + fallingCommune,
                "LOOSE_COORDINATION FARMERS|POLICE", "LOOSE_COORDINATION FARMERS|VETERANS",
                "LOOSE_COORDINATION FARMERS|WOMEN_UNION",
                "PAPER_ONLY_MODEL " + paperOnlyModel,
                "OVERLAPPING_MODELS SELF_MANAGED_SECURITY_TEAM|" + overlapCommune,
                "IRREGULAR_REVIEWS FARMERS|" + PROVINCE);
        assertThat(answer.get("counts")).isEqualTo(Map.of("LOW_PARTICIPATION", 3, "LOOSE_COORDINATION", 3,
                "PAPER_ONLY_MODEL", 1, "OVERLAPPING_MODELS", 1, "IRREGULAR_REVIEWS", 1,
                "IRREGULAR_REPORTING", 0, "OUTCOME_WORSENING", 0,
                "DIGITAL_SKILLS_GAP", 0, "MATERIALS_GAP", 0));
        assertThat(answer.get("skipped")).asList().isEmpty();
        assertThat(thresholds(answer, "LOW_PARTICIPATION")).containsEntry("bottomQuantile", 0.25)
                .containsEntry("shareOfMedian", 0.5).containsEntry("declineShare", 0.3);
        assertThat(thresholds(answer, "IRREGULAR_REVIEWS")).containsEntry("maxGapMonths", 18);
        // No report of any period was ever sent in this province: no unit is found failing to report.
        assertThat(thresholds(answer, "IRREGULAR_REPORTING")).containsEntry("minReportingRate", 0.8)
                .containsEntry("minOnTimeRate", 0.6);

        assertThat(evidence(answer, weakDistrict)).containsEntry("participations", 1800).containsEntry("residents", 30000)
                .containsEntry("participationsPerThousandResidents", 60).containsEntry("lowCommunes", 3);
        assertThat(evidence(answer, weakCommune)).containsEntry("participationsPerThousandResidents", 60)
                .containsEntry("provinceMedianPerThousandResidents", 200);
        assertThat(evidence(answer, fallingCommune)).containsEntry("recentParticipations", 200)
                .containsEntry("earlierParticipations", 1000).containsEntry("changePercent", -80);
        assertThat(evidence(answer, "FARMERS|VETERANS")).containsEntry("jointActivities", 2).containsEntry("pairs", 6);
        assertThat(evidence(answer, "FARMERS|POLICE")).containsEntry("jointActivities", 0);
        assertThat(evidence(answer, paperOnlyModel)).containsEntry("monthsWithoutReport", 21);
        assertThat(evidence(answer, "FARMERS|" + PROVINCE)).containsEntry("longestGapMonths", 48)
                .containsEntry("commendationsInInterimReviewYears", 0);
        Map<String, Object> falling = finding(answer, fallingCommune);
        assertThat(falling).containsEntry("severity", "HIGH");
        assertThat(explanation(falling, "vi")).contains("giảm 80% so với cùng kỳ năm trước");
        assertThat(explanation(falling, "en")).contains("200 participations from January 2024 to December 2024, 80% fewer than a year earlier");
        assertThat(((Map<?, ?>) finding(answer, "SELF_MANAGED_SECURITY_TEAM|" + overlapCommune).get("subject")).get("names"))
                .asList().hasSize(2);
    }

    @Test
    void anAgencyUserSeesOnlyTheFindingsAboutItsOwnAgency() {
        loadPopulation();
        Map<String, Object> answer = new Api(port).get(QUERY,
                Api.token("FARMERS", null, Role.RECORDER, Role.APPROVER));

        assertThat(subjects(answer)).containsExactlyInAnyOrder("PAPER_ONLY_MODEL " + paperOnlyModel,
                "IRREGULAR_REVIEWS FARMERS|" + PROVINCE);
    }

    @Test
    void withoutTheirPopulationLocalitiesAreComparedPerActivityAndTheAnswerSaysSo() {
        PopulationUploads.load(port, Map.of("01", 8_000_000L), 2019);
        Map<String, Object> answer = new Api(port).get(QUERY);

        assertThat(subjects(answer)).contains("LOW_PARTICIPATION " + weakDistrict, "LOW_PARTICIPATION " + weakCommune);
        assertThat(evidence(answer, weakCommune)).doesNotContainKey("residents").containsEntry("participationsPerActivity", 300);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skipped = (List<Map<String, Object>>) answer.get("skipped");
        assertThat(skipped).singleElement().satisfies(note -> assertThat(note)
                .containsEntry("test", "PARTICIPATIONS_PER_RESIDENT").containsEntry("localities", 20));
    }

    @Test
    void aLocalityKeepsTheFindingsWithinItButJudgesThemAgainstTheWholeProvince() {
        loadPopulation();
        Map<String, Object> answer = new Api(port).get("/shortcomings?from=2023-01&to=2024-12&locality=" + weakCommune);

        assertThat(subjects(answer)).containsExactly("LOW_PARTICIPATION " + weakCommune);
    }

    @Test
    void aBadPeriodOrLocalityIsAProblemNamingTheParameter() {
        Api.Response response = new Api(port).call("GET", "/shortcomings?from=2024-13&locality=1234", Api.ops());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"from\"");
        assertThat(new Api(port).call("GET", "/shortcomings", null).status()).isEqualTo(401);
    }

    private void loadPopulation() {
        Map<String, Long> residents = new LinkedHashMap<>();
        for (AdminUnit district : districts) {
            residents.put(district.code(), 30_000L);
            communes.get(district.code()).forEach(commune -> residents.put(commune.code(), 10_000L));
        }
        PopulationUploads.load(port, residents, 2024);
    }

    private static void joint(Events events, String run, String agency, String partner, int count, Locality where) {
        for (int i = 0; i < count; i++) {
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("j-" + run + "-" + agency + "-" + partner + "-" + i,
                    1, agency, List.of(partner), where, ActivityKind.SEMINAR, LocalDate.of(2023 + i % 2, 3 + i % 8, 5), 10, 5,
                    0, 0, 0, ActivityStatus.RECORDED));
        }
    }

    private static AwardEvent conferred(String id, String agency, LocalDate decidedOn) {
        return new AwardEvent(id, 3, "tester", Instant.parse("2023-12-06T00:00:00Z"), AwardForm.CERTIFICATE_OF_COMMENDATION,
                "Giám đốc Công an tỉnh", "QĐ-" + id, decidedOn, RecipientType.COLLECTIVE, "Công an xã", agency,
                Locality.ofProvince(PROVINCE), null, "Có thành tích xuất sắc", List.of(), List.of(), AwardStatus.CONFERRED,
                "nominator", null);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> findings(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("findings");
    }

    private static List<String> subjects(Map<String, Object> answer) {
        List<String> subjects = new ArrayList<>();
        for (Map<String, Object> finding : findings(answer)) {
            subjects.add(finding.get("kind") + " " + ((Map<?, ?>) finding.get("subject")).get("code"));
        }
        return subjects;
    }

    static Map<String, Object> finding(Map<String, Object> answer, String code) {
        return findings(answer).stream().filter(f -> code.equals(((Map<?, ?>) f.get("subject")).get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("No finding about " + code + " in " + answer));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> evidence(Map<String, Object> answer, String code) {
        return (Map<String, Object>) finding(answer, code).get("evidence");
    }

    static String explanation(Map<String, Object> finding, String language) {
        return String.valueOf(((Map<?, ?>) finding.get("explanation")).get(language));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> thresholds(Map<String, Object> answer, String kind) {
        return (Map<String, Object>) ((Map<String, Object>) answer.get("thresholds")).get(kind);
    }
}
