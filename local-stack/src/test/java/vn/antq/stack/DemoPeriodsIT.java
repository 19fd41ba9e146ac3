package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.kit.security.Role;
import vn.antq.stack.demo.KonTumPlaces;
import vn.antq.stack.demo.PeriodPlan;
import vn.antq.stack.demo.DemoAccounts;

/**
 * The demo's reporting periods, as issue's check walks them: Xã Tân Cảnh's approved May 2024 refuses a new activity of
 * the Women's Union, naming who approved it; the district approver unlocks it with a reason; the activity is recorded;
 * the month is submitted and approved again; analytics counts the commune's twelve months of 2024 as reported. The
 * test then cancels its activity the same way, so that the demo's figures stay those of the article for the other
 * tests of the stack.
 */
@ExtendWith(DemoStackExtension.class)
class DemoPeriodsIT {

    private static final String AGENCY = "WOMEN_UNION";
    private static final String MAY = "/api/v1/periods/" + AGENCY + "/" + DemoAccounts.COMMUNE + "/2024-05";

    @Test
    void anApprovedMonthRefusesAnActivityUntilTheDistrictUnlocksItAndIsApprovedAgain(DemoStack demo) {
        LocalStack stack = demo.stack();
        ServiceClient events = new ServiceClient(stack.urls().events());
        String recorder = stack.tokens().issue("women-union.commune.recorder", AGENCY, List.of(Role.RECORDER),
                DemoAccounts.COMMUNE, Duration.ofMinutes(20));
        String approver = stack.tokens().issue("women-union.district.approver", AGENCY, List.of(Role.APPROVER),
                DemoAccounts.DISTRICT, Duration.ofMinutes(20));
        Set<Integer> any = Set.of(200, 201, 400, 403, 409);

        ServiceClient.Reply may = events.get(MAY, recorder, Set.of(200));
        assertThat(may.text("state")).isEqualTo("APPROVED");
        long records = may.body().path("records").asLong();
        ServiceClient.Reply refused = events.postJson("/api/v1/activities", recorder, activity(), Map.of(), any);
        assertThat(refused.status()).isEqualTo(409);
        // The stack's client reads English answers.
        // Approved on paper, in June 2024, by the district's approver as the register names them.
        String paperApprover = PeriodPlan.approver(AGENCY, DemoAccounts.DISTRICT);
        assertThat(refused.text("detail")).contains("The May 2024 report of Xã Tân Cảnh was approved by "
                + paperApprover + " at", "June 2024", "ask the approver to unlock the period");
        assertThat(refused.text("approvedBy")).isEqualTo(paperApprover);

        assertThat(events.postJson(MAY + "/unlock", approver, Map.of("reason", "Bổ sung buổi họp thôn bị sót"), Map.of(),
                Set.of(200)).text("state")).isEqualTo("OPEN");
        ServiceClient.Reply recorded = events.postJson("/api/v1/activities", recorder, activity(), Map.of(), any);
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(events.postJson(MAY + "/submit", recorder, Map.of(), Map.of(), Set.of(200)).body().path("records")
                .asLong()).isEqualTo(records + 1);
        assertThat(events.postJson(MAY + "/approve", approver, Map.of(), Map.of(), Set.of(200)).text("state"))
                .isEqualTo("APPROVED");

        String ops = stack.tokens().issue("it-ops", "POLICE", List.of(Role.OPS), null, Duration.ofMinutes(20));
        ServiceClient analytics = new ServiceClient(stack.urls().analytics());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode totals = analytics.get("/api/v1/analytics/reporting?agency=" + AGENCY + "&from=2024-01&to=2024-12"
                    + "&locality=" + DemoAccounts.COMMUNE, ops, Set.of(200)).body().path("totals").get(0);
            assertThat(totals.path("expected").asLong()).isEqualTo(12);
            assertThat(totals.path("submitted").asLong()).isEqualTo(12);
            assertThat(totals.path("approved").asLong()).isEqualTo(12);
            assertThat(totals.path("reportingRate").asDouble()).isEqualTo(1.0);
        });

        // Leaves the demo as it was generated: the month unlocked, the activity cancelled, the month approved again.
        events.postJson(MAY + "/unlock", approver, Map.of("reason", "Hủy bản ghi thử"), Map.of(), Set.of(200));
        events.delete("/api/v1/activities/" + recorded.text("id"), recorder, Map.of("If-Match", recorded.etag()),
                Set.of(200));
        events.postJson(MAY + "/submit", recorder, Map.of(), Map.of(), Set.of(200));
        events.postJson(MAY + "/approve", approver, Map.of(), Map.of(), Set.of(200));
    }

    /**
     * What analytics counts of the reports of 2019-2024, per data set and agency over the province, is what the demo
     * generated: every unit expected each month, the reports sent, all approved, those on time; a unit's monthly report
     * covers its activities and its models' reports alike.
     */
    @Test
    void theReportingRatesOfTheYearsOnPaperAreThoseTheDemoGenerated(DemoStack demo) {
        ServiceClient analytics = new ServiceClient(demo.stack().urls().analytics());
        String ops = demo.stack().tokens().issue("it-ops", "POLICE", List.of(Role.OPS), null, Duration.ofMinutes(20));
        int units = 1 + KonTumPlaces.get().districts().size() + KonTumPlaces.get().communes().size();
        for (String dataSet : List.of("ACTIVITIES", "MODEL_REPORTS")) {
            for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
                assertRatesOfPaper(analytics, ops, dataSet, agency.code(), demo.data().reports().stream()
                        .filter(r -> r.agency().equals(agency.code())).toList(), units);
            }
        }
    }

    private static void assertRatesOfPaper(ServiceClient analytics, String ops, String dataSet, String agency,
                                           List<PeriodPlan.Report> reports, int units) {
        long expected = 0;
        long submitted = 0;
        long approved = 0;
        long onTime = 0;
        for (int year = 2019; year <= 2024; year++) {
            JsonNode totals = analytics.get("/api/v1/analytics/reporting?dataSet=" + dataSet + "&agency=" + agency
                    + "&locality=62&from=" + year + "-01&to=" + year + "-12", ops, Set.of(200)).body().path("totals").get(0);
            expected += totals.path("expected").asLong();
            submitted += totals.path("submitted").asLong();
            approved += totals.path("approved").asLong();
            onTime += totals.path("onTime").asLong();
        }
        String what = dataSet + " of " + agency;
        assertThat(expected).as(what).isEqualTo(units * 72L);
        assertThat(submitted).as(what).isEqualTo(reports.size());
        assertThat(approved).as(what).isEqualTo(reports.size());
        assertThat(onTime).as(what).isEqualTo(reports.stream().filter(PeriodPlan.Report::onTime).count());
    }

    private static Map<String, Object> activity() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("agency", AGENCY);
        body.put("partnerAgencies", List.of());
        body.put("level", "COMMUNE");
        body.put("locality", Map.of("province", "62", "district", DemoAccounts.DISTRICT, "commune", DemoAccounts.COMMUNE));
        body.put("kind", "VILLAGE_MEETING");
        body.put("topics", List.of("an ninh trật tự"));
        body.put("title", "Họp thôn bổ sung tháng 5");
        body.put("startDate", "2024-05-20");
        body.put("endDate", "2024-05-20");
        body.put("participants", 35);
        body.put("women", 20);
        body.put("ethnicMinority", 25);
        return body;
    }
}
