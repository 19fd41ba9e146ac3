package vn.antq.analytics.shortcomings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.antq.analytics.shortcomings.ShortcomingsIT.findings;

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
 * OUTCOME_WORSENING on the projections, in Hậu Giang (93, which no other test uses) in 2018 against 2017: Phường I's
 * incidents doubled while its outreach fell by two thirds, a finding with its evidence; Phường III's outreach fell as
 * much but its incidents fell too, no finding. The police and OPS see it; the Women's Union, who may not read a
 * commune's outcome figures, does not.
 */
@AnalyticsIntegrationTest
class OutcomeWorseningIT {

    /** Thành phố Vị Thanh (930): Phường I, Phường III. */
    private static final Locality WARD_I = new Locality("93", "930", "31318");
    private static final Locality WARD_III = new Locality("93", "930", "31321");
    private static final String QUESTION = "/shortcomings?from=2018-01&to=2018-12&locality=93";

    @LocalServerPort
    int port;

    @Test
    void aCommuneWhoseIncidentsRoseWhileItsOutreachFellIsFoundForThePoliceAndOpsOnly() {
        Api api = new Api(port);
        try (Events events = new Events()) {
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_I, "2017-06", 3));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_I, "2018-06", 8));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_III, "2017-06", 8));
            events.publish(EventContract.OUTCOME_RECORDED, outcome(WARD_III, "2018-06", 3));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("worsening-it-1", WARD_I, 2017, 300));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("worsening-it-2", WARD_I, 2018, 100));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("worsening-it-3", WARD_III, 2017, 300));
            events.publish(EventContract.ACTIVITY_RECORDED, activity("worsening-it-4", WARD_III, 2018, 100));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(worsening(api.get(QUESTION))).hasSize(1));

        Map<String, Object> finding = worsening(api.get(QUESTION)).get(0);
        assertThat((Map<String, Object>) finding.get("subject")).containsEntry("code", "31318")
                .containsEntry("name", "Phường I").containsEntry("province", "93");
        // Incidents: crimes (the four groups) + social evils + security incidents of the month.
        assertThat((Map<String, Object>) finding.get("evidence")).containsEntry("recentIncidents", 8 * 4 + 2 + 1)
                .containsEntry("earlierIncidents", 3 * 4 + 2 + 1).containsEntry("recentParticipations", 100)
                .containsEntry("earlierParticipations", 300).containsEntry("outreachFallPercent", 67);
        assertThat(((Map<String, String>) finding.get("explanation")).get("en")).startsWith("Phường I: 35 incidents");
        assertThat((Map<String, Object>) api.get(QUESTION).get("counts")).containsEntry("OUTCOME_WORSENING", 1);

        assertThat(worsening(api.get(QUESTION, Api.token("POLICE", null, Role.RECORDER)))).hasSize(1);
        assertThat(worsening(api.get(QUESTION, Api.token("WOMEN_UNION", null, Role.RECORDER, Role.APPROVER)))).isEmpty();
    }

    private static List<Map<String, Object>> worsening(Map<String, Object> answer) {
        return findings(answer).stream().filter(f -> "OUTCOME_WORSENING".equals(f.get("kind"))).toList();
    }

    /** A month with {@code each} cases of each crime group, 2 social-evil cases and 1 security incident. */
    private static OutcomeEvent outcome(Locality commune, String month, long each) {
        return new OutcomeEvent(OutcomeEvent.idOf(commune.commune(), month), 1, "police-recorder",
                Instant.parse("2019-01-01T00:00:00Z"), commune, month, each, each, each, each, 2, 4, 1, 3, 1);
    }

    private static vn.antq.contracts.activity.ActivityEvent activity(String id, Locality locality, int year,
            long participants) {
        return TestEvents.activity(id, 1, "POLICE", List.of(), locality, ActivityKind.VILLAGE_MEETING,
                LocalDate.of(year, 6, 10), participants, 0, 0, 0, 0, ActivityStatus.RECORDED);
    }
}
