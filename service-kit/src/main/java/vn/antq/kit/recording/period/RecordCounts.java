package vn.antq.kit.recording.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.antq.contracts.common.Locality;

/** How many records of a service ({@link PeriodRecords}) units' periods hold, one period or many at once. */
final class RecordCounts {

    private final MongoTemplate mongo;
    private final PeriodRecords records;

    RecordCounts(MongoTemplate mongo, PeriodRecords records) {
        this.mongo = mongo;
        this.records = records;
    }

    long count(PeriodKey key) {
        return mongo.getCollection(records.collection())
                .countDocuments(filter(key.agency(), key.unit(), key.period().start(), key.period().end()));
    }

    /**
     * {@link #count} of each period: one read per agency and unit, of the records' dates only, from the first of its
     * periods to the last.
     */
    Map<PeriodKey, Long> countAll(Collection<PeriodKey> keys) {
        Map<List<Object>, TreeMap<LocalDate, PeriodKey>> byUnit = new LinkedHashMap<>();
        keys.forEach(key -> byUnit.computeIfAbsent(List.of(key.agency(), key.unit()), unit -> new TreeMap<>())
                .put(key.period().start(), key));
        Map<PeriodKey, Long> counts = new HashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        for (TreeMap<LocalDate, PeriodKey> periods : byUnit.values()) {
            PeriodKey first = periods.firstEntry().getValue();
            LocalDate last = periods.values().stream().map(key -> key.period().end()).max(LocalDate::compareTo)
                    .orElseThrow();
            Document filter = filter(first.agency(), first.unit(), first.period().start(), last);
            for (Document record : mongo.getCollection(records.collection()).find(filter)
                    .projection(new Document(records.dateField(), 1).append("_id", 0))) {
                LocalDate day = LocalDate.parse(record.getString(records.dateField()));
                Entry<LocalDate, PeriodKey> period = periods.floorEntry(day);
                if (period != null && !day.isAfter(period.getValue().period().end())) {
                    counts.merge(period.getValue(), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** The records of {@code agency} kept at {@code unit} itself, dated from {@code from} to {@code to}, that count. */
    private Document filter(String agency, Locality unit, LocalDate from, LocalDate to) {
        Document filter = new Document("agency", agency)
                .append(records.dateField(), new Document("$gte", from.toString()).append("$lte", to.toString()));
        if (unit.commune() != null) {
            filter.append("locality.commune", unit.commune());
        } else if (unit.district() != null) {
            filter.append("locality.district", unit.district()).append("locality.commune", null);
        } else {
            filter.append("locality.province", unit.province()).append("locality.district", null)
                    .append("locality.commune", null);
        }
        filter.putAll(records.counted());
        return filter;
    }
}
