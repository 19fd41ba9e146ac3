package vn.antq.analytics.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.period.PeriodStep;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;
import vn.antq.kit.security.Role;

/**
 * The units' reports of their periods against the units expected to report: a district of three communes over two
 * months, counted by hand; duplicates, stale versions and a replay of everything change nothing; the 2025 reform
 * changes which units are expected; a district's user sees its district only. Each run uses an agency of its own.
 */
@AnalyticsIntegrationTest
class ReportingIT {

    /** Huyện Phú Quí (Bình Thuận, 2019-2024 structure): three communes. */
    private static final String PROVINCE = "60";
    private static final String DISTRICT = "602";
    private static final String NGU_PHUNG = "23272";
    private static final String LONG_HAI = "23275";
    private static final String TAM_THANH = "23278";
    private static final String MODEL_TYPE = "PHU_NU_PHONG_CHONG_TOI_PHAM";

    @LocalServerPort
    int port;

    @Test
    void ratesAndMissingUnitsAreExactAndDuplicatesStaleVersionsAndReplaysChangeNothing() {
        Api api = new Api(port);
        String agency = agency();
        List<PeriodEvent> history = new ArrayList<>();
        // May 2024 (on time: first submitted by 5 June, Vietnam date).
        history.add(TestEvents.period(agency, commune(NGU_PHUNG), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-03T02:00:00Z", 12));
        history.add(TestEvents.period(agency, commune(NGU_PHUNG), "2024-05", 2, PeriodStep.APPROVED, "2024-06-03T02:00:00Z", 12));
        // 17:30 UTC on 5 June is 00:30 on 6 June in Vietnam: late.
        history.add(TestEvents.period(agency, commune(LONG_HAI), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-05T17:30:00Z", 7));
        history.add(TestEvents.period(agency, commune(TAM_THANH), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-02T02:00:00Z", 3));
        history.add(TestEvents.period(agency, commune(TAM_THANH), "2024-05", 2, PeriodStep.RETURNED, "2024-06-02T02:00:00Z", 3));
        history.add(TestEvents.period(agency, district(), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-01T02:00:00Z", 1));
        // June 2024: Long Hải sends nothing; the district's report is unlocked again.
        history.add(TestEvents.period(agency, commune(NGU_PHUNG), "2024-06", 1, PeriodStep.SUBMITTED, "2024-07-02T02:00:00Z", 9));
        // 16:59 UTC on 4 July is 23:59 on 4 July in Vietnam: on time.
        history.add(TestEvents.period(agency, commune(TAM_THANH), "2024-06", 1, PeriodStep.SUBMITTED, "2024-07-04T16:59:00Z", 4));
        history.add(TestEvents.period(agency, commune(TAM_THANH), "2024-06", 2, PeriodStep.APPROVED, "2024-07-04T16:59:00Z", 4));
        history.add(TestEvents.period(agency, district(), "2024-06", 1, PeriodStep.SUBMITTED, "2024-07-01T02:00:00Z", 2));
        history.add(TestEvents.period(agency, district(), "2024-06", 2, PeriodStep.UNLOCKED, "2024-07-01T02:00:00Z", 2));
        try (Events events = new Events()) {
            for (PeriodEvent event : history) {
                events.publish(EventContract.PERIOD_CHANGED, event);
                events.publish(EventContract.PERIOD_CHANGED, event);
            }
            // Stale versions arriving late: each report's version 1 after its version 2.
            history.stream().filter(event -> event.version() == 1).forEach(event -> events.publish(EventContract.PERIOD_CHANGED, event));
        }
        String question = "/reporting?agency=" + agency + "&from=2024-05&to=2024-06&locality=" + DISTRICT;

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> answer = api.get(question);
            assertThat(figures(list(answer, "byPeriod"))).containsExactly(
                    "2024-05 expected=4 submitted=3 approved=1 returned=1 onTime=2 reportingRate=0.75 onTimeRate=0.5",
                    "2024-06 expected=4 submitted=2 approved=1 returned=0 onTime=2 reportingRate=0.5 onTimeRate=0.5");
        });
        Map<String, Object> answer = api.get(question);
        assertThat(figures(list(answer, "totals"))).containsExactly(
                "null expected=8 submitted=5 approved=2 returned=1 onTime=4 reportingRate=0.625 onTimeRate=0.5");
        assertThat(list(answer, "notReported")).extracting(row -> row.get("period") + " " + row.get("unit") + " "
                + row.get("unitName") + " " + row.get("stateName")).containsExactly(
                "2024-05 " + TAM_THANH + " Xã Tam Thanh, Huyện Phú Quí, Tỉnh Bình Thuận Returned for correction",
                "2024-06 " + DISTRICT + " Huyện Phú Quí, Tỉnh Bình Thuận Open",
                "2024-06 " + LONG_HAI + " Xã Long Hải, Huyện Phú Quí, Tỉnh Bình Thuận null");
        assertThat(list(answer, "rows")).hasSize(8).filteredOn(row -> row.get("unit").equals(LONG_HAI)
                && row.get("period").equals("2024-05")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("firstSubmittedOn", "2024-06-06").containsEntry("daysAfterPeriodEnd", 6)
                .containsEntry("onTime", 0).containsEntry("records", 7).containsEntry("levelName", "Commune")
                .containsEntry("stateName", "Submitted, awaiting approval"));
        assertThat(answer).containsEntry("dataSetName", "Outreach activities").containsEntry("onTimeDay", 5);

        // Everything again, as a replay would deliver it: the answer stays the same.
        String before = body(api, question);
        try (Events events = new Events()) {
            history.forEach(event -> events.publish(EventContract.PERIOD_CHANGED, event));
        }
        api.awaitCaughtUp();
        assertThat(body(api, question)).isEqualTo(before);
    }

    @Test
    void anAgencyThatReportsQuarterlyIsExpectedOnceAQuarterAndIsOnTimeByTheFifthOfTheNextQuarter() {
        Api api = new Api(port);
        String agency = "QUARTERLY_REPORTER";
        try (Events events = new Events()) {
            // 5 April in Vietnam: on time; 6 July: late.
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(agency, commune(NGU_PHUNG), "2024-Q1", 1,
                    PeriodStep.SUBMITTED, "2024-04-05T10:00:00Z", 20));
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(agency, commune(NGU_PHUNG), "2024-Q2", 1,
                    PeriodStep.SUBMITTED, "2024-07-06T01:00:00Z", 25));
        }
        String question = "/reporting?agency=" + agency + "&from=2024-01&to=2024-08&locality=" + NGU_PHUNG;

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figures(list(api.get(question), "byPeriod")))
                .containsExactly(
                        "2024-Q1 expected=1 submitted=1 approved=0 returned=0 onTime=1 reportingRate=1.0 onTimeRate=1.0",
                        "2024-Q2 expected=1 submitted=1 approved=0 returned=0 onTime=0 reportingRate=1.0 onTimeRate=0.0"));
        assertThat(list(api.get(question), "totals")).singleElement().satisfies(totals -> assertThat(totals)
                .containsEntry("cadence", "QUARTERLY").containsEntry("expected", 2));
    }

    @Test
    void periodsBeforeTheReformExpectTheOldUnitsAndPeriodsAfterItTheNewOnes() {
        Api api = new Api(port);
        String agency = agency();
        String laiChau = "12";
        Gazetteer gazetteer = Gazetteer.official();
        AdminUnit oldCommune = gazetteer.communesOfProvince(laiChau, Structure.Y2019).get(0);
        AdminUnit newCommune = gazetteer.communesOfProvince(laiChau, Structure.Y2025).get(0);
        try (Events events = new Events()) {
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(agency, new Locality(laiChau, oldCommune.districtCode(),
                    oldCommune.code()), "2025-06", 1, PeriodStep.SUBMITTED, "2025-07-01T02:00:00Z", 5));
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(agency, new Locality(laiChau, null, newCommune.code()),
                    "2025-07", 1, PeriodStep.SUBMITTED, "2025-08-20T02:00:00Z", 5));
        }
        Set<String> before = new HashSet<>(Set.of(laiChau));
        gazetteer.districtsOf(laiChau).forEach(district -> before.add(district.code()));
        gazetteer.communesOfProvince(laiChau, Structure.Y2019).forEach(commune -> before.add(commune.code()));
        Set<String> after = new HashSet<>(Set.of(laiChau));
        gazetteer.communesOfProvince(laiChau, Structure.Y2025).forEach(commune -> after.add(commune.code()));
        // Lai Châu: 8 districts and 106 communes before the reform, 38 communes after it.
        assertThat(before).hasSize(1 + 8 + 106);
        assertThat(after).hasSize(1 + 38);

        String question = "/reporting?agency=" + agency + "&from=2025-06&to=2025-07&locality=" + laiChau;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figures(list(api.get(question), "byPeriod")))
                .containsExactly(
                        "2025-06 expected=115 submitted=1 approved=0 returned=0 onTime=1 reportingRate=0.0087 onTimeRate=0.0087",
                        "2025-07 expected=39 submitted=1 approved=0 returned=0 onTime=0 reportingRate=0.0256 onTimeRate=0.0"));
        List<Map<String, Object>> rows = list(api.get(question), "rows");
        assertThat(unitsOf(rows, "2025-06")).isEqualTo(before);
        assertThat(unitsOf(rows, "2025-07")).isEqualTo(after);
        assertThat(rows).filteredOn(row -> row.get("submitted").equals(1)).extracting(row -> row.get("period") + " " + row.get("unit"))
                .containsExactlyInAnyOrder("2025-06 " + oldCommune.code(), "2025-07 " + newCommune.code());
    }

    @Test
    void aDistrictsUserSeesOnlyItsDistrictAndAWiderLocalityIsForbidden() {
        Api api = new Api(port);
        String agency = agency();
        try (Events events = new Events()) {
            events.publish(EventContract.PERIOD_CHANGED,
                    TestEvents.period(agency, commune(NGU_PHUNG), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-03T02:00:00Z", 1));
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(agency, new Locality(PROVINCE, null, null), "2024-05", 1,
                    PeriodStep.SUBMITTED, "2024-06-03T02:00:00Z", 1));
        }
        String districtToken = Api.token(agency, DISTRICT, Role.RECORDER);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figures(list(
                api.get("/reporting?agency=" + agency + "&from=2024-05&to=2024-05&locality=" + PROVINCE), "byPeriod")))
                .singleElement().asString().startsWith("2024-05 expected=").contains("submitted=2 "));

        Map<String, Object> own = api.get("/reporting?from=2024-05&to=2024-05", districtToken);
        assertThat(own).containsEntry("locality", DISTRICT);
        assertThat(list(own, "rows")).extracting(row -> row.get("unit"))
                .containsExactly(DISTRICT, NGU_PHUNG, LONG_HAI, TAM_THANH);
        assertThat(figures(list(own, "totals"))).containsExactly(
                "null expected=4 submitted=1 approved=0 returned=0 onTime=1 reportingRate=0.25 onTimeRate=0.25");
        assertThat(list(own, "totals").get(0)).containsEntry("agency", agency);

        Map<String, Object> commune = api.get("/reporting?from=2024-05&to=2024-05&locality=" + NGU_PHUNG, districtToken);
        assertThat(list(commune, "rows")).extracting(row -> row.get("unit")).containsExactly(NGU_PHUNG);
        assertThat(api.call("GET", "/reporting?from=2024-05&to=2024-05&locality=" + PROVINCE, districtToken).status())
                .isEqualTo(403);
        assertThat(api.call("GET", "/reporting?agency=POLICE&from=2024-05&to=2024-05", districtToken).status())
                .isEqualTo(403);
    }

    @Test
    void approvedOnlyCountsTheFiguresOfApprovedReportsAndAJointActivityWhereBothAgenciesReportsAreApproved() {
        Api api = new Api(port);
        String agency = agency();
        String partner = agency();
        try (Events events = new Events()) {
            events.publish(EventContract.ACTIVITY_RECORDED, activity("a1-" + agency, agency, List.of(partner),
                    commune(NGU_PHUNG), LocalDate.of(2024, 5, 10), 100));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("a2-" + agency, agency, List.of(),
                    commune(LONG_HAI), LocalDate.of(2024, 5, 12), 50));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("a3-" + agency, agency, List.of(),
                    district(), LocalDate.of(2024, 6, 3), 30));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("a4-" + agency, agency, List.of(partner),
                    commune(TAM_THANH), LocalDate.of(2024, 5, 20), 70));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("a5-" + agency, agency, List.of(),
                    commune(NGU_PHUNG), LocalDate.of(2024, 6, 1), 40));
            for (PeriodEvent report : List.of(
                    TestEvents.period(agency, commune(NGU_PHUNG), "2024-05", 2, PeriodStep.APPROVED, "2024-06-02T02:00:00Z", 1),
                    TestEvents.period(agency, commune(LONG_HAI), "2024-05", 1, PeriodStep.SUBMITTED, "2024-06-02T02:00:00Z", 1),
                    TestEvents.period(agency, district(), "2024-06", 2, PeriodStep.APPROVED, "2024-07-02T02:00:00Z", 1),
                    TestEvents.period(agency, commune(TAM_THANH), "2024-05", 2, PeriodStep.APPROVED, "2024-06-02T02:00:00Z", 1),
                    TestEvents.period(partner, commune(NGU_PHUNG), "2024-05", 2, PeriodStep.APPROVED, "2024-06-02T02:00:00Z", 1),
                    TestEvents.period(partner, commune(TAM_THANH), "2024-05", 2, PeriodStep.RETURNED, "2024-06-02T02:00:00Z", 1))) {
                events.publish(EventContract.PERIOD_CHANGED, report);
            }
            // A model whose May report is approved, its June one not.
            String model = "m-" + agency;
            events.publish(EventContract.MODEL_REGISTERED, TestEvents.model(model, 1, MODEL_TYPE, agency, commune(NGU_PHUNG),
                    LocalDate.of(2023, 1, 1), ModelStatus.ACTIVE));
            events.publish(EventContract.MODEL_REPORTED, TestEvents.report(model, 1, MODEL_TYPE, agency, commune(NGU_PHUNG),
                    "2024-05", 3));
            events.publish(EventContract.MODEL_REPORTED, TestEvents.report(model, 1, MODEL_TYPE, agency, commune(NGU_PHUNG),
                    "2024-06", 5));
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(DataSet.MODEL_REPORTS, agency, commune(NGU_PHUNG),
                    "2024-05", 2, PeriodStep.APPROVED, "2024-06-02T02:00:00Z", 1));
            events.publish(EventContract.PERIOD_CHANGED, TestEvents.period(DataSet.MODEL_REPORTS, agency, commune(NGU_PHUNG),
                    "2024-06", 1, PeriodStep.SUBMITTED, "2024-07-02T02:00:00Z", 1));
        }
        String range = "&from=2024-05&to=2024-06&locality=" + DISTRICT;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Api.totals(api.get("/participation?agency=" + agency + range)))
                    .containsEntry("activities", 5).containsEntry("participants", 290);
            assertThat(figures(list(api.get("/reporting?agency=" + partner + range), "totals")).get(0))
                    .contains("approved=1 returned=1");
            assertThat(reportTotals(api.get("/models?asOf=2024-12-31&agency=" + agency)))
                    .containsEntry("reports", 2).containsEntry("meetings", 8);
            assertThat(figures(list(api.get("/reporting?dataSet=MODEL_REPORTS&agency=" + agency + range), "totals")).get(0))
                    .contains("approved=1 ");
        });
        assertThat(reportTotals(api.get("/models?approvedOnly=true&asOf=2024-12-31&agency=" + agency)))
                .containsEntry("reports", 1).containsEntry("meetings", 3);

        assertThat(Api.totals(api.get("/participation?approvedOnly=true&agency=" + agency + range)))
                .containsEntry("activities", 3).containsEntry("participants", 200);
        assertThat(Api.rows(api.get("/participation?approvedOnly=true&groupBy=month,commune&agency=" + agency + range)))
                .extracting(row -> row.get("month") + " " + row.get("commune") + " " + row.get("participants"))
                .containsExactly("2024-05 " + NGU_PHUNG + " 100", "2024-05 " + TAM_THANH + " 70", "2024-06 null 30");
        assertThat(Api.totals(api.get("/coordination?agency=" + agency + range))).containsEntry("jointActivities", 2);
        assertThat(Api.totals(api.get("/coordination?approvedOnly=true&agency=" + agency + range)))
                .containsEntry("jointActivities", 1).containsEntry("participants", 100);
        assertThat(Api.totals(api.get("/participation?approvedOnly=true&structure=2025&agency=" + agency
                + "&from=2024-05&to=2024-06"))).containsEntry("participants", 200);
    }

    @Test
    void badParametersAreProblemsNamingEachParameter() {
        Api api = new Api(port);

        Api.Response missing = api.call("GET", "/reporting", Api.ops());
        Api.Response dataSet = api.call("GET", "/reporting?dataSet=BUDGET&from=2024-01&to=2024-02&locality=602", Api.ops());
        Api.Response month = api.call("GET", "/reporting?from=2024-13&to=2024-12&locality=602", Api.ops());
        Api.Response tooLong = api.call("GET", "/reporting?from=2019&to=2024&locality=602", Api.ops());
        Api.Response locality = api.call("GET", "/reporting?from=2024-01&to=2024-02&locality=6", Api.ops());

        for (Api.Response response : List.of(missing, dataSet, month, tooLong, locality)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(missing.body()).contains("\"from\"", "\"to\"", "\"locality\"", "A first month is required");
        assertThat(dataSet.body()).contains("dataSet", "Unknown value: BUDGET");
        assertThat(month.body()).contains("\"from\"");
        assertThat(tooLong.body()).contains("at most 60 months");
        assertThat(locality.body()).contains("locality");
    }

    private static String agency() {
        return "RPT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reportTotals(Map<String, Object> models) {
        return (Map<String, Object>) models.get("reportTotals");
    }

    private static ActivityEvent activity(String id, String agency, List<String> partners, Locality locality,
            LocalDate startDate, long participants) {
        return TestEvents.activity(id, 1, agency, partners, locality, ActivityKind.VILLAGE_MEETING, startDate, participants,
                0, 0, 0, 0, ActivityStatus.RECORDED);
    }

    private static Locality commune(String code) {
        return new Locality(PROVINCE, DISTRICT, code);
    }

    private static Locality district() {
        return new Locality(PROVINCE, DISTRICT, null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> answer, String name) {
        return (List<Map<String, Object>>) answer.get(name);
    }

    private static List<String> figures(List<Map<String, Object>> rates) {
        return rates.stream().map(rate -> rate.get("period") + " expected=" + rate.get("expected") + " submitted="
                + rate.get("submitted") + " approved=" + rate.get("approved") + " returned=" + rate.get("returned")
                + " onTime=" + rate.get("onTime") + " reportingRate=" + rate.get("reportingRate") + " onTimeRate="
                + rate.get("onTimeRate")).toList();
    }

    private static Set<String> unitsOf(List<Map<String, Object>> rows, String period) {
        return rows.stream().filter(row -> row.get("period").equals(period)).map(row -> (String) row.get("unit"))
                .collect(Collectors.toSet());
    }

    private static String body(Api api, String question) {
        return api.call("GET", question, Api.ops()).body().replaceAll("\"asOf\":\"[^\"]*\"", "\"asOf\":\"-\"");
    }
}
