package vn.antq.analytics.ingest;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.antq.analytics.projection.ProjectionStore.ApplyResult;
import vn.antq.analytics.projection.Projector;
import vn.antq.analytics.projection.WriterProgress;

/**
 * The live consumer: one batch of one consumer thread at a time (batch mode, one thread per partition). Poison
 * records go to the dead-letter topic first; the rest are applied as one batch, and the partition's progress is
 * recorded. Anything that fails (MongoDB unreachable, say) fails the whole batch, which the listener container
 * retries with backoff for as long as it takes: a retry starts from what the ledger says now, so it finishes what
 * the failed attempt began without repeating it, and a batch is never skipped.
 * <p>
 * Single writer: a key always lands on one partition and one thread owns a partition, so one aggregate never has
 * two versions being applied at once.
 */
public class ProjectionConsumer implements Consumer<Message<List<byte[]>>> {

    private final EventDecoder decoder;
    private final DeadLetters deadLetters;
    private final Projector projector;
    private final Counter applied;
    private final Counter skipped;
    private final Counter poisoned;
    private final Timer batches;

    public ProjectionConsumer(EventDecoder decoder, DeadLetters deadLetters, Projector projector, MeterRegistry meters) {
        this.decoder = decoder;
        this.deadLetters = deadLetters;
        this.projector = projector;
        this.applied = meters.counter("antq.analytics.events", "outcome", "applied");
        this.skipped = meters.counter("antq.analytics.events", "outcome", "skipped");
        this.poisoned = meters.counter("antq.analytics.events", "outcome", "dead-lettered");
        this.batches = meters.timer("antq.analytics.batches");
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<IncomingRecord> records = BatchRecords.of(batch);
        if (records.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        DecodedBatch decoded = DecodedBatch.of(records, decoder, WriterProgress.LIVE, WriterProgress::liveWriter);
        deadLetters.publish(decoded.poison());
        ApplyResult result = projector.applyLive(decoded.changes(), decoded::positionOf, decoded.progress());
        batches.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        applied.increment(result.applied());
        skipped.increment(decoded.changes().size() - result.applied());
        poisoned.increment(decoded.poison().size());
    }
}
