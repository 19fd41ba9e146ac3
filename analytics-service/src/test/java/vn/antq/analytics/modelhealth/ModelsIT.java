package vn.antq.analytics.modelhealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelStatus;

/** PAPER_ONLY and OVERLAPPING come and go as reports and status changes arrive. */
@AnalyticsIntegrationTest
class ModelsIT {

    private static final Locality DAK_TO = TestEvents.DAK_TO;
    private static final LocalDate ESTABLISHED = LocalDate.of(2020, 3, 8);

    @LocalServerPort
    int port;

    @Test
    void flagsAppearAndDisappearWithReportsAndStatusChanges() {
        Api api = new Api(port);
        String type = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String first = "m1-" + type;
        String second = "m2-" + type;
        String query = "/models?asOf=2024-12-31&type=" + type;
        try (Events events = new Events()) {
            events.publish(EventContract.MODEL_REGISTERED, model(first, 1, ModelStatus.ACTIVE));
            events.publish(EventContract.MODEL_REPORTED, report(first, "2024-Q1", 1, 4));
            events.publish(EventContract.MODEL_REPORTED, report(first, "2024-Q2", 1, 5));
            events.flush();
            // Last report ends 2024-06-30: nothing in the six months before 2024-12-31.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Object> answer = api.get(query);
                assertThat(list(answer, "paperOnly")).singleElement().satisfies(model -> assertThat(model)
                        .containsEntry("modelId", first).containsEntry("lastReportPeriod", "2024-Q2")
                        .containsEntry("monthsWithoutReport", 6).containsEntry("districtName", "Huyện Đắk Tô"));
                assertThat(list(answer, "overlapping")).isEmpty();
                assertThat(map(answer, "reportTotals")).containsEntry("reports", 2).containsEntry("meetings", 9);
            });

            events.publish(EventContract.MODEL_REPORTED, report(first, "2024-Q3", 1, 3));
            events.publish(EventContract.MODEL_REGISTERED, model(second, 1, ModelStatus.ACTIVE));
            events.flush();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Object> answer = api.get(query);
                assertThat(list(answer, "paperOnly")).extracting(model -> model.get("modelId")).containsExactly(second);
                assertThat(list(answer, "overlapping")).singleElement().satisfies(group -> assertThat(group)
                        .containsEntry("type", type).containsEntry("commune", "23401").containsEntry("activeModels", 2)
                        .containsEntry("modelIds", List.of(first, second)));
                assertThat(map(answer, "byStatus")).containsEntry("ACTIVE", 2);
            });

            // A correction of a report replaces its numbers; a suspended model neither overlaps nor is paper-only.
            events.publish(EventContract.MODEL_REPORTED, report(first, "2024-Q3", 2, 10));
            events.publish(EventContract.MODEL_CHANGED, model(second, 2, ModelStatus.SUSPENDED));
            events.flush();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Object> answer = api.get(query);
                assertThat(list(answer, "paperOnly")).isEmpty();
                assertThat(list(answer, "overlapping")).isEmpty();
                assertThat(map(answer, "byStatus")).containsEntry("ACTIVE", 1).containsEntry("SUSPENDED", 1);
                assertThat(map(answer, "reportTotals")).containsEntry("reports", 3).containsEntry("meetings", 19);
            });

            // Active again: the overlap is back. A stale redelivery of the suspension changes nothing.
            events.publish(EventContract.MODEL_CHANGED, model(second, 3, ModelStatus.ACTIVE));
            events.publish(EventContract.MODEL_CHANGED, model(second, 2, ModelStatus.SUSPENDED));
            events.flush();
            api.awaitCaughtUp();
            Map<String, Object> answer = api.get(query);
            assertThat(list(answer, "overlapping")).singleElement()
                    .satisfies(group -> assertThat(group).containsEntry("activeModels", 2));
            assertThat(list(answer, "byType")).singleElement().satisfies(row -> assertThat(row)
                    .containsEntry("type", type).containsEntry("ACTIVE", 2).containsEntry("total", 2));
            // As of mid-2024 the first model had reported in time, the second had not.
            assertThat(list(api.get("/models?asOf=2024-07-31&type=" + type), "paperOnly"))
                    .extracting(model -> model.get("modelId")).containsExactly(second);
        }
    }

    private static vn.antq.contracts.model.ModelEvent model(String id, long version, ModelStatus status) {
        return TestEvents.model(id, version, typeOf(id), "WOMEN_UNION", DAK_TO, ESTABLISHED, status);
    }

    private static vn.antq.contracts.model.ModelReportEvent report(String modelId, String period, long version,
            long meetings) {
        return TestEvents.report(modelId, version, typeOf(modelId), "WOMEN_UNION", DAK_TO, period, meetings);
    }

    private static String typeOf(String id) {
        return id.substring(3);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> answer, String name) {
        return (List<Map<String, Object>>) answer.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> answer, String name) {
        return (Map<String, Object>) answer.get(name);
    }
}
