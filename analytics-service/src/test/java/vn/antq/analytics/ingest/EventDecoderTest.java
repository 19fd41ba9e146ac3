package vn.antq.analytics.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.dimension.Places;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.gazetteer.Gazetteer;

/** The decoder's checks of the CloudEvents attributes and the body, on records as the consumer receives them. */
class EventDecoderTest {

    private static final EventJson JSON = new EventJson();
    private static final EventDecoder DECODER =
            new EventDecoder(new ContractSchemas(), JSON, new EventProjections(new Places(Gazetteer.official())));
    private static final ActivityEvent MEETING = TestEvents.meeting("act-dec-1", 1, "POLICE", LocalDate.of(2024, 5, 2), 40);

    @Test
    void aRecordWhoseDataschemaIsTheSchemaOfItsTypeIsAccepted() {
        Decoded decoded = DECODER.decode(record(Map.of("ce_type", "vn.antq.activity.recorded.v1",
                "ce_dataschema", "https://antq.vn/schemas/vn.antq.activity.recorded.v1.json"), JSON.writeBytes(MEETING)));

        assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
    }

    @Test
    void aRecordWithoutDataschemaIsAcceptedAsEventsFromBeforeTheAttributeAre() {
        assertThat(DECODER.decode(record(Map.of("ce_type", "vn.antq.activity.recorded.v1"), JSON.writeBytes(MEETING))))
                .isInstanceOf(Decoded.Accepted.class);
    }

    @Test
    void theDataschemaIsReadUnderEitherHeaderSpelling() {
        Decoded decoded = DECODER.decode(record(Map.of("ce-type", "vn.antq.activity.recorded.v1",
                "ce-dataschema", "https://antq.vn/schemas/vn.antq.activity.revised.v1.json"), JSON.writeBytes(MEETING)));

        assertThat(decoded).isInstanceOf(Decoded.Poison.class);
    }

    @Test
    void aRecordWhoseDataschemaNamesAnotherSchemaIsPoison() {
        for (String other : new String[] {"https://antq.vn/schemas/vn.antq.activity.revised.v1.json",
                "https://evil.example/schemas/vn.antq.activity.recorded.v1.json", ""}) {
            Decoded decoded = DECODER.decode(record(Map.of("ce_type", "vn.antq.activity.recorded.v1", "ce_dataschema", other),
                    JSON.writeBytes(MEETING)));

            assertThat(decoded).as(other).isInstanceOf(Decoded.Poison.class);
            assertThat(((Decoded.Poison) decoded).reason()).as(other)
                    .contains("ce_dataschema", "'" + other + "'", EventContract.ACTIVITY_RECORDED.schemaId());
        }
    }

    @Test
    void aBodyWithADateOutsideTheContractRangeIsPoisonNamingTheField() {
        String body = new String(JSON.writeBytes(MEETING), UTF_8).replace("\"startDate\":\"2024-05-02\"", "\"startDate\":\"0001-05-02\"");
        assertThat(body).contains("0001-05-02");

        Decoded decoded = DECODER.decode(record(Map.of("ce_type", "vn.antq.activity.recorded.v1"), body.getBytes(UTF_8)));

        assertThat(decoded).isInstanceOf(Decoded.Poison.class);
        assertThat(((Decoded.Poison) decoded).reason()).contains("fails the schema", "startDate");
    }

    private static IncomingRecord record(Map<String, String> headers, byte[] value) {
        Map<String, Object> raw = new HashMap<>();
        headers.forEach((name, text) -> raw.put(name, text.getBytes(UTF_8)));
        return new IncomingRecord("antq.activity.v1", 0, 0, MEETING.id().getBytes(UTF_8), value, raw);
    }
}
