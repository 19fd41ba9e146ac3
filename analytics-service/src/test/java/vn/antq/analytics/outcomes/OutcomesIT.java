package vn.antq.analytics.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.outcome.OutcomeEvent;
import vn.antq.kit.security.Role;

/**
 * The police's outcome figures of Lâm Đồng (68, which no other test uses), counted once under duplicates, stale
 * replays and revisions, set beside the outreach of the same places and years; a commune's figures are read by the
 * police and OPS only.
 */
@AnalyticsIntegrationTest
class OutcomesIT {

    /** Thành phố Đà Lạt (672): Phường 7, Phường 8; Thành phố Bảo Lộc (673): Phường Lộc Phát. */
    private static final Locality WARD_7 = new Locality("68", "672", "24769");
    private static final Locality WARD_8 = new Locality("68", "672", "24772");
    private static final Locality LOC_PHAT = new Locality("68", "673", "24814");

    @LocalServerPort
    int port;

    @Test
    void outcomesAreCountedOnceBesideTheOutreachAndACommunesFiguresAreForThePoliceAndOps() {
        Api api = new Api(port);
        try (Events events = new Events()) {
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_7, "2023-03", 1, 2));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_7, "2023-03", 1, 2));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_7, "2023-03", 2, 5));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_7, "2023-03", 1, 2));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_8, "2023-04", 1, 1));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(LOC_PHAT, "2024-01", 1, 4));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("outcomes-it-police", "POLICE", WARD_7, 100));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("outcomes-it-women", "WOMEN_UNION", WARD_8, 50));
        }
        String byDistrict = "/outcomes?locality=68&groupBy=district,year";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(Api.totals(api.get(byDistrict))).containsEntry("outcomeRecords", 3).containsEntry("drugCrimes", 10));

        List<Map<String, Object>> rows = Api.rows(api.get(byDistrict));
        assertThat(rows).hasSize(2);
        Map<String, Object> daLat2023 = rows.get(0);
        assertThat(daLat2023).containsEntry("district", "672").containsEntry("year", 2023)
                .containsEntry("outcomeRecords", 2).containsEntry("drugCrimes", 6).containsEntry("crimes", 6 + 2 * 3)
                .containsEntry("securityIncidents", 2 * 3);
        assertThat(daLat2023.get("outreach")).isEqualTo(Map.of("activities", 2, "participants", 150));
        assertThat(rows.get(1)).containsEntry("district", "673").containsEntry("year", 2024).containsEntry("drugCrimes", 4);

        String police = Api.token("POLICE", null, Role.RECORDER);
        Map<String, Object> ward7 = Api.rows(api.get("/outcomes?locality=24769&groupBy=commune,month", police)).get(0);
        assertThat(ward7).containsEntry("commune", "24769").containsEntry("month", "2023-03").containsEntry("drugCrimes", 5);

        String womenUnion = Api.token("WOMEN_UNION", null, Role.RECORDER, Role.APPROVER);
        Map<String, Object> seenByWomen = Api.rows(api.get(byDistrict, womenUnion)).get(0);
        assertThat(seenByWomen).containsEntry("drugCrimes", 6);
        assertThat(seenByWomen.get("outreach")).as("the reader's own agency's outreach")
                .isEqualTo(Map.of("activities", 1, "participants", 50));
        assertThat(api.call("GET", "/outcomes?locality=68&groupBy=commune", womenUnion).status()).isEqualTo(403);
        Api.Response communeAsked = api.call("GET", "/outcomes?locality=24769", womenUnion);
        assertThat(communeAsked.status()).isEqualTo(403);
        assertThat(communeAsked.contentType()).startsWith("application/problem+json");
        assertThat(communeAsked.body()).contains("districts and provinces only");
    }

    private static OutcomeEvent outcome(Locality commune, String month, long version, long drugCrimes) {
        return new OutcomeEvent(OutcomeEvent.idOf(commune.commune(), month), version, "police-recorder",
                Instant.parse("2024-02-01T00:00:00Z").plusSeconds(version), commune, month, drugCrimes, 1, 0, 2, 1, 4,
                2, 6, 3);
    }

    private static vn.antq.contracts.activity.ActivityEvent activity(String id, String agency, Locality locality,
            long participants) {
        return TestEvents.activity(id, 1, agency, List.of(), locality, ActivityKind.VILLAGE_MEETING,
                LocalDate.of(2023, 3, 15), participants, 0, 0, 0, 0, ActivityStatus.RECORDED);
    }
}
