package vn.antq.analytics.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** One rebuild at a time, and a rebuild seen finished never blocks the next one. */
class RebuildSlotTest {

    @Test
    void aSecondRebuildIsRefusedWhileTheFirstHoldsTheSlot() {
        RebuildSlot slot = new RebuildSlot();
        assertThat(slot.claim("first")).isTrue();
        assertThat(slot.claim("second")).isFalse();
        slot.finish("first", () -> { });
        assertThat(slot.claim("second")).isTrue();
    }

    /**
     * The race of RebuildIT: a client reads DONE as soon as the final state is written and asks at once for the next
     * rebuild. Here the client's claim is made at exactly that moment, from inside the write of the final state; it
     * must wait for the slot to be freed and then succeed, never be refused.
     */
    @Test
    void aClaimMadeOnceTheFinalStateIsWrittenSucceeds() throws Exception {
        RebuildSlot slot = new RebuildSlot();
        assertThat(slot.claim("first")).isTrue();
        AtomicReference<String> state = new AtomicReference<>("REPLAYING");
        AtomicReference<Thread> client = new AtomicReference<>();
        CompletableFuture<Boolean> next = new CompletableFuture<>();

        slot.finish("first", () -> {
            state.set("DONE");
            Thread thread = new Thread(() -> {
                assertThat(state.get()).isEqualTo("DONE");
                next.complete(slot.claim("second"));
            });
            client.set(thread);
            thread.start();
            // The client has either been answered already or is waiting for the slot: no outcome depends on timing.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1)).until(() ->
                    next.isDone() || thread.getState() == Thread.State.BLOCKED);
        });

        client.get().join();
        assertThat(next.get()).as("a rebuild seen DONE must not block the next one").isTrue();
    }

    @Test
    void finishingAnOldRebuildDoesNotFreeTheSlotOfANewerOne() {
        RebuildSlot slot = new RebuildSlot();
        slot.claim("first");
        slot.finish("first", () -> { });
        slot.claim("second");
        slot.finish("first", () -> { });
        assertThat(slot.claim("third")).isFalse();
    }
}
