package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.activities.EventServiceTest;
import vn.antq.testsupport.HttpApi;
import vn.antq.activities.Tokens;
import vn.antq.infra.InProcessKafka;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.EmbeddedInfrastructure;
import vn.antq.testsupport.NeedsInProcessInfrastructure;
import vn.antq.testsupport.TopicRecords;

/** Kafka being down delays publication; it never loses or duplicates an accepted write. */
@EventServiceTest
@NeedsInProcessInfrastructure
class BrokerOutageIT {

    static final String TOKEN = Tokens.token("WOMEN_UNION", null, Role.RECORDER);

    @LocalServerPort
    int port;

    @Test
    void activitiesRecordedWhileTheBrokerIsDownArriveOnceEachInOrderWhenItIsBack() {
        HttpApi api = new HttpApi(port);
        InProcessKafka kafka = EmbeddedInfrastructure.kafka();
        List<String> ids = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 50; i++) {
                HttpApi.Response created = api.request("POST", "/api/v1/activities").token(TOKEN)
                        .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle(), "615", "23500", 10 + i))
                        .send();
                assertThat(created.status()).isEqualTo(201);
                ids.add(created.json().get("id").asString());
            }
            // A revision of the first ten, so that per-activity order has something to prove.
            for (String id : ids.subList(0, 10)) {
                assertThat(api.request("DELETE", "/api/v1/activities/" + id).token(TOKEN).header("If-Match", "\"1\"")
                        .send().status()).isEqualTo(200);
            }
        } finally {
            kafka.restart();
        }

        TopicRecords topic = TopicRecords.embedded();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(topic.matching(Topics.ACTIVITY, r -> ids.contains(r.key()))).hasSize(60));

        Map<String, List<ConsumerRecord<String, byte[]>>> byActivity = topic.matching(Topics.ACTIVITY,
                r -> ids.contains(r.key())).stream().collect(Collectors.groupingBy(ConsumerRecord::key));
        assertThat(byActivity).hasSize(50);
        for (String id : ids.subList(0, 10)) {
            assertThat(byActivity.get(id)).extracting(r -> TopicRecords.header(r, "ce_type"))
                    .containsExactly(EventTypes.ACTIVITY_RECORDED, EventTypes.ACTIVITY_CANCELLED);
        }
        for (String id : ids.subList(10, 50)) {
            assertThat(byActivity.get(id)).hasSize(1);
        }
        assertThat(topic.matching(Topics.ACTIVITY, r -> ids.contains(r.key())).stream()
                .map(r -> TopicRecords.header(r, "ce_id")).distinct()).hasSize(60);
    }
}
