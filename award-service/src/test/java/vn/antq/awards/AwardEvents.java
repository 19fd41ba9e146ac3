package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.Topics;
import vn.antq.testsupport.TopicRecords;

/** What award-service published on {@code antq.award.v1}, read back from the in-process broker. */
public final class AwardEvents {

    private static final ContractSchemas SCHEMAS = new ContractSchemas();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TopicRecords topic = TopicRecords.embedded();

    /** One published event: its CloudEvents type, its key and its body. */
    public record Event(String key, String type, JsonNode body) {

        public long version() {
            return body.get("version").asLong();
        }

        public String status() {
            return body.get("status").asString();
        }
    }

    /** Waits until exactly {@code count} events with these keys are on the topic, then returns them, each checked against its schema. */
    public Map<String, List<Event>> publishedByKey(Collection<String> keys, int count) {
        Set<String> wanted = Set.copyOf(keys);
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> topic.matching(Topics.AWARD, record -> wanted.contains(record.key())),
                        found -> found.size() >= count);
        assertThat(records).hasSize(count);
        return records.stream().map(AwardEvents::event)
                .collect(Collectors.groupingBy(Event::key, Collectors.toList()));
    }

    /** Waits until {@code count} events with this key are on the topic, and returns them in topic order. */
    public List<Event> published(String key, int count) {
        return publishedByKey(List.of(key), count).get(key);
    }

    private static Event event(ConsumerRecord<String, byte[]> record) {
        String type = TopicRecords.header(record, CloudEventHeaders.CE_TYPE);
        assertThat(SCHEMAS.validate(type, record.value())).as("schema of %s", type).isEmpty();
        assertThat(TopicRecords.header(record, CloudEventHeaders.CE_SUBJECT)).isEqualTo(record.key());
        assertThat(TopicRecords.header(record, CloudEventHeaders.CE_SPECVERSION)).isEqualTo("1.0");
        return new Event(record.key(), type, JSON.readTree(record.value()));
    }
}
