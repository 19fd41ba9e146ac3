package vn.antq.analytics.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import vn.antq.analytics.projection.Change;
import vn.antq.analytics.projection.Position;
import vn.antq.analytics.projection.WriterProgress;

/**
 * A batch of records decoded: the changes to apply with where each was read, the poison records, and each
 * partition's progress once the batch is applied. The live consumer and a rebuild's replay decode alike; they
 * differ only in how they name their writers.
 *
 * @param poison in the order they were read
 */
public record DecodedBatch(List<Change> changes, Map<String, Position> positions, List<Decoded.Poison> poison,
                           List<WriterProgress> progress) {

    /**
     * @param writerOf the writer id of a topic partition, e.g. {@link WriterProgress#liveWriter}
     */
    public static DecodedBatch of(List<IncomingRecord> records, EventDecoder decoder, String kind,
            BiFunction<String, Integer, String> writerOf) {
        Map<String, IncomingRecord> lastOfWriter = new LinkedHashMap<>();
        for (IncomingRecord record : records) {
            lastOfWriter.merge(writerOf.apply(record.topic(), record.partition()), record,
                    (a, b) -> b.offset() > a.offset() ? b : a);
        }
        List<Change> changes = new ArrayList<>();
        Map<String, Position> positions = new HashMap<>();
        List<Decoded.Poison> poison = new ArrayList<>();
        Map<String, Instant> lastEventTime = new HashMap<>();
        for (IncomingRecord record : records) {
            String writer = writerOf.apply(record.topic(), record.partition());
            Decoded decoded = decoder.decode(record);
            if (decoded instanceof Decoded.Accepted accepted) {
                Change change = accepted.change();
                changes.add(change);
                positions.put(change.ledgerId(), new Position(writer, lastOfWriter.get(writer).offset()));
                lastEventTime.merge(writer, change.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            } else {
                poison.add((Decoded.Poison) decoded);
            }
        }
        List<WriterProgress> progress = new ArrayList<>();
        lastOfWriter.forEach((writer, last) -> progress.add(new WriterProgress(writer, kind, last.topic(),
                last.partition(), last.offset(), lastEventTime.get(writer))));
        return new DecodedBatch(changes, positions, poison, progress);
    }

    public Position positionOf(Change change) {
        return positions.get(change.ledgerId());
    }
}
