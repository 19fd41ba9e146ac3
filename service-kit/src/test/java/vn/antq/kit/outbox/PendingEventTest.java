package vn.antq.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.Topics;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.kit.testapp.outbox.Activities;

class PendingEventTest {

    private static final String SOURCE = "/antq/event-service";

    @Test
    void ofTakesTopicKeySubjectVersionActorAndTimeFromTheContractAndBody() {
        ActivityEvent body = Activities.meeting("act-7", 3, "recorder-9", 120, Instant.parse("2024-05-01T08:30:00.123Z"));

        PendingEvent event = PendingEvent.of(EventContract.ACTIVITY_REVISED, body, SOURCE);

        assertThat(event.type()).isEqualTo("vn.antq.activity.revised.v1");
        assertThat(event.topic()).isEqualTo(Topics.ACTIVITY);
        assertThat(event.key()).isEqualTo("act-7");
        assertThat(event.subject()).isEqualTo("act-7");
        assertThat(event.source()).isEqualTo(SOURCE);
        assertThat(event.version()).isEqualTo(3);
        assertThat(event.actor()).isEqualTo("recorder-9");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2024-05-01T08:30:00.123Z"));
    }

    @Test
    void thePayloadIsTheBodyInWireFormatAndValidatesAgainstItsSchema() {
        ActivityEvent body = Activities.meeting("act-7", 1);

        PendingEvent event = PendingEvent.of(EventContract.ACTIVITY_RECORDED, body, SOURCE);

        assertThat(new EventJson().read(event.payload(), ActivityEvent.class)).isEqualTo(body);
        assertThat(new ContractSchemas().validate(event.type(), event.payload())).isEmpty();
    }

    @Test
    void everyEventGetsItsOwnId() {
        ActivityEvent body = Activities.meeting("act-7", 1);

        assertThat(PendingEvent.of(EventContract.ACTIVITY_RECORDED, body, SOURCE).eventId())
                .isNotBlank()
                .isNotEqualTo(PendingEvent.of(EventContract.ACTIVITY_RECORDED, body, SOURCE).eventId());
    }

    @Test
    void aBodyOfAnotherContractIsRefused() {
        ActivityEvent body = Activities.meeting("act-7", 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PendingEvent.of(EventContract.MODEL_REGISTERED, body, SOURCE))
                .withMessageContaining("ModelEvent");
    }

    @Test
    void theTimeIsKeptToTheMillisecondAsMongoDbStoresIt() {
        ActivityEvent body = Activities.meeting("act-7", 1, "recorder-1", 10, Instant.parse("2024-05-01T08:30:00.123456789Z"));

        assertThat(PendingEvent.of(EventContract.ACTIVITY_RECORDED, body, SOURCE).occurredAt())
                .isEqualTo(Instant.parse("2024-05-01T08:30:00.123Z"));
    }

    @Test
    void anEventWithoutSourceIsRefused() {
        ActivityEvent body = Activities.meeting("act-7", 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PendingEvent.of(EventContract.ACTIVITY_RECORDED, body, " "))
                .withMessageContaining("source");
    }
}
