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
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.contracts.training.TrainingEvent;
import vn.antq.kit.security.Role;

/**
 * Digital-skills trainings and DIGITAL_SKILLS_GAP on the projections, in Đồng Tháp (87, which no other test uses) in
 * 2021: four wards of Thành phố Cao Lãnh with six meetings each. Phường 4's police were trained in 2020 (the training
 * delivered twice, then revised); Phường 3 posted on Zalo; Phường 1 did neither, and Phường 6's only training was
 * cancelled: those two are the findings.
 */
@AnalyticsIntegrationTest
@SuppressWarnings("unchecked")
class DigitalSkillsGapIT {

    private static final Locality WARD_1 = new Locality("87", "866", "29869");
    private static final Locality WARD_4 = new Locality("87", "866", "29872");
    private static final Locality WARD_3 = new Locality("87", "866", "29875");
    private static final Locality WARD_6 = new Locality("87", "866", "29878");
    private static final String SHORTCOMINGS = "/shortcomings?from=2021-01&to=2021-12&locality=87";
    private static final String TRAININGS = "/trainings?from=2019-01&to=2021-12&locality=87&groupBy=commune";

    @LocalServerPort
    int port;

    @Test
    void communesWithNoOnlineOutreachAndNobodyTrainedAreFoundAndTrainedStaffCountOnceAsRevised() {
        Api api = new Api(port);
        try (Events events = new Events()) {
            int n = 0;
            for (Locality ward : List.of(WARD_1, WARD_4, WARD_3, WARD_6)) {
                for (int month = 1; month <= 6; month++) {
                    events.publish(EventContract.ACTIVITY_RECORDED, activity("skills-it-" + ++n, ward,
                            ActivityKind.VILLAGE_MEETING, month));
                }
            }
            events.publish(EventContract.ACTIVITY_RECORDED, activity("skills-it-zalo", WARD_3, ActivityKind.ZALO_POST, 7));
            TrainingEvent trained = training("skills-it-t1", 1, WARD_4, 3, false);
            events.publish(EventContract.TRAINING_RECORDED, trained);
            events.publish(EventContract.TRAINING_RECORDED, trained);
            events.publish(EventContract.TRAINING_RECORDED, training("skills-it-t1", 2, WARD_4, 4, false));
            events.publish(EventContract.TRAINING_RECORDED, training("skills-it-t2", 1, WARD_6, 2, false));
            events.publish(EventContract.TRAINING_RECORDED, training("skills-it-t2", 2, WARD_6, 2, true));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(rows(api.get(TRAININGS))).containsExactlyInAnyOrder("29872 1 4 0", "29875 0 0 1"));

        Map<String, Object> totals = (Map<String, Object>) api.get(TRAININGS).get("totals");
        assertThat(totals).containsEntry("trainings", 1).containsEntry("trainedStaff", 4).containsEntry("onlineActivities", 1);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(gaps(api.get(SHORTCOMINGS))).extracting(f -> ((Map<String, Object>) f.get("subject")).get("code"))
                        .containsExactlyInAnyOrder("29869", "29878"));
        Map<String, Object> ward1 = gaps(api.get(SHORTCOMINGS)).stream()
                .filter(f -> ((Map<String, Object>) f.get("subject")).get("code").equals("29869")).findFirst().orElseThrow();
        assertThat((Map<String, Object>) ward1.get("evidence")).containsEntry("recentActivities", 6)
                .containsEntry("onlineActivities", 0).containsEntry("trainedStaff", 0)
                .containsEntry("provinceTrainedStaff", 4);
        assertThat(ward1).containsEntry("severity", "MEDIUM");
        assertThat(((Map<String, String>) ward1.get("explanation")).get("en")).startsWith("Phường 1: 6 outreach activities");
        assertThat((Map<String, Object>) api.get(SHORTCOMINGS).get("counts")).containsEntry("DIGITAL_SKILLS_GAP", 2);

        // An agency reads its own: the police's activities and staff are all there is, the Women's Union has neither.
        String police = Api.token("POLICE", null, Role.RECORDER);
        assertThat(gaps(api.get(SHORTCOMINGS, police))).hasSize(2);
        String women = Api.token("WOMEN_UNION", null, Role.RECORDER);
        assertThat(gaps(api.get(SHORTCOMINGS, women))).isEmpty();
        assertThat(rows(api.get(TRAININGS, women))).isEmpty();
    }

    private static List<Map<String, Object>> gaps(Map<String, Object> answer) {
        return findings(answer).stream().filter(f -> "DIGITAL_SKILLS_GAP".equals(f.get("kind"))).toList();
    }

    /** "commune trainings trainedStaff onlineActivities" per row. */
    private static List<String> rows(Map<String, Object> answer) {
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) answer.get("rows")) {
            rows.add(row.get("commune") + " " + row.get("trainings") + " " + row.get("trainedStaff") + " "
                    + row.get("onlineActivities"));
        }
        return rows;
    }

    private static ActivityEvent activity(String id, Locality ward, ActivityKind kind, int month) {
        boolean online = kind.channel().orElseThrow() != Channel.DIRECT;
        return TestEvents.activity(id, 1, "POLICE", List.of(), ward, kind, LocalDate.of(2021, month, 10),
                online ? 0 : 80, 0, 0, online ? 300 : 0, 0, ActivityStatus.RECORDED);
    }

    private static TrainingEvent training(String id, long version, Locality ward, long staff, boolean cancelled) {
        return new TrainingEvent(id, version, "police-recorder", Instant.parse("2021-01-01T00:00:00Z").plusSeconds(version),
                "POLICE", Locality.ofProvince("87"), "Tập huấn quản trị nhóm Zalo", LocalDate.of(2020, 5, 12),
                LocalDate.of(2020, 5, 13), List.of(DigitalTopic.ZALO_GROUP), List.of("Trần Thị Bình"),
                List.of(new TrainingEvent.Attendance("POLICE", ward, staff)), cancelled);
    }
}
