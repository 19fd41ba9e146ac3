package vn.antq.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.analytics.support.Faults;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.Topics;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.testsupport.TopicRecords;

/** While MongoDB fails, a batch is retried with backoff until it succeeds: never skipped, never dead-lettered. */
@AnalyticsIntegrationTest
class TransientFailureIT {

    /** Hà Nội, Quận Long Biên, Phường Thượng Thanh: only this test records activities here. */
    private static final Locality THUONG_THANH = new Locality("01", "004", "00115");

    @LocalServerPort
    int port;

    @Test
    void aBatchThatMeetsAnUnreachableDatabaseIsRetriedUntilItIsApplied() {
        Api api = new Api(port);
        api.awaitCaughtUp();
        String id = "flaky-" + UUID.randomUUID();
        Faults.failNextBulkWrites(4);
        try (Events events = new Events()) {
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity(id, 1, "POLICE", List.of("VETERANS"),
                    THUONG_THANH, ActivityKind.LAUNCH_CEREMONY, LocalDate.of(2023, 3, 26), 250, 90, 0, 0, 0,
                    ActivityStatus.RECORDED));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Api.totals(api.get("/participation?locality=00115"))).containsEntry("activities", 1)
                    .containsEntry("participants", 250);
            assertThat(Api.totals(api.get("/coordination?locality=00115"))).containsEntry("jointActivities", 1);
        });
        assertThat(Faults.failed()).isEqualTo(4);
        assertThat(TopicRecords.embedded().withKey(Topics.dlt(Topics.ACTIVITY), id)).isEmpty();
    }
}
