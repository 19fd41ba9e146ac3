package vn.antq.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;

import vn.antq.contracts.EventContract;
import vn.antq.kit.testapp.outbox.Activities;

class OutboxDocumentsTest {

    private static final PendingEvent RECORDED = PendingEvent.of(EventContract.ACTIVITY_RECORDED,
            Activities.meeting("act-1", 1), "/antq/test");
    private static final PendingEvent REVISED = PendingEvent.of(EventContract.ACTIVITY_REVISED,
            Activities.meeting("act-1", 2), "/antq/test");

    @Test
    void aNewAggregateCarriesItsStateAndOnePendingEvent() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Document document = OutboxDocuments.newAggregate(state(), RECORDED);

        assertThat(document).containsEntry("_id", "act-1").containsEntry("version", 1L).containsEntry("title", "Họp thôn");
        assertThat(document.getList(OutboxDocuments.EVENTS, Document.class))
                .containsExactly(OutboxDocuments.toDocument(RECORDED));
        assertThat(document).containsEntry(OutboxDocuments.EVENT_COUNT, 1).containsEntry(OutboxDocuments.PUBLISHED_COUNT, 0);
        assertThat(document.getDate(OutboxDocuments.PENDING_SINCE).toInstant()).isBetween(before, Instant.now());
    }

    @Test
    void aNewAggregateLeavesTheStoresStateDocumentAsItWas() {
        Document state = state();

        OutboxDocuments.newAggregate(state, RECORDED);

        assertThat(state).containsOnlyKeys("_id", "version", "title");
    }

    @Test
    void aNewAggregateNeedsAnId() {
        Document state = state();
        state.remove("_id");

        assertThatIllegalArgumentException().isThrownBy(() -> OutboxDocuments.newAggregate(state, RECORDED))
                .withMessageContaining("_id");
    }

    @Test
    void stateMayNotUseTheOutboxFields() {
        Document state = state().append(OutboxDocuments.PUBLISHED_COUNT, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> OutboxDocuments.newAggregate(state, RECORDED))
                .withMessageContaining(OutboxDocuments.PUBLISHED_COUNT);
    }

    @Test
    void appendingPushesTheEventCountsItAndMovesPendingSinceOnlyBackInTime() {
        Update update = new Update().set("version", 2L).set("title", "Họp thôn lần 2");

        Document operations = OutboxDocuments.append(update, REVISED).getUpdateObject();

        assertThat(operations.get("$set", Document.class)).containsEntry("version", 2L).containsEntry("title", "Họp thôn lần 2");
        assertThat(operations.get("$push", Document.class))
                .containsEntry(OutboxDocuments.EVENTS, OutboxDocuments.toDocument(REVISED));
        assertThat(operations.get("$inc", Document.class)).containsEntry(OutboxDocuments.EVENT_COUNT, 1);
        assertThat(operations.get("$min", Document.class).get(OutboxDocuments.PENDING_SINCE)).isInstanceOf(Date.class);
    }

    @Test
    void anUpdateThatTouchesTheOutboxFieldsIsRefused() {
        Update update = new Update().set(OutboxDocuments.PENDING_SINCE, null);

        assertThatIllegalArgumentException().isThrownBy(() -> OutboxDocuments.append(update, REVISED))
                .withMessageContaining(OutboxDocuments.PENDING_SINCE);
    }

    @Test
    void anEventReadsBackFromItsDocumentUnchanged() {
        Document stored = OutboxDocuments.toDocument(REVISED);

        assertThat(stored.keySet()).containsExactly("eventId", "type", "topic", "key", "subject", "source", "version",
                "actor", "occurredAt", "payload");
        assertThat(stored.get("occurredAt")).isInstanceOf(Date.class);
        assertThat(OutboxDocuments.fromDocument(stored)).isEqualTo(REVISED);
    }

    private static Document state() {
        return new Document("_id", "act-1").append("version", 1L).append("title", "Họp thôn");
    }
}
