package vn.antq.kit.recording.period;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
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
     * {@link #count} of each period, in one read of the dates and places of the agencies' records from the first of
     * the periods to the last (so that the count costs one pass over the records, whatever the number of periods).
     */
    Map<PeriodKey, Long> countAll(Collection<PeriodKey> keys) {
        Map<PeriodKey, Long> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        Map<List<String>, TreeMap<LocalDate, PeriodKey>> byUnit = new HashMap<>();
        keys.forEach(key -> {
            counts.put(key, 0L);
            byUnit.computeIfAbsent(List.of(key.agency(), key.unitCode()), unit -> new TreeMap<>())
                    .put(key.period().start(), key);
        });
        LocalDate first = keys.stream().map(key -> key.period().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = keys.stream().map(key -> key.period().end()).max(LocalDate::compareTo).orElseThrow();
        Document filter = new Document("agency", new Document("$in",
                keys.stream().map(PeriodKey::agency).distinct().toList()))
                .append(records.dateField(), new Document("$gte", first.toString()).append("$lte", last.toString()));
        filter.putAll(records.counted());
        Document fields = new Document("agency", 1).append("locality", 1).append(records.dateField(), 1)
                .append("_id", 0);
        for (Document record : mongo.getCollection(records.collection()).find(filter).projection(fields)) {
            Document place = record.get("locality", Document.class);
            String unit = place.getString("commune") != null ? place.getString("commune")
                    : place.getString("district") != null ? place.getString("district") : place.getString("province");
            TreeMap<LocalDate, PeriodKey> periods = byUnit.get(List.of(record.getString("agency"), unit));
            LocalDate day = LocalDate.parse(record.getString(records.dateField()));
            Entry<LocalDate, PeriodKey> period = periods == null ? null : periods.floorEntry(day);
            if (period != null && !day.isAfter(period.getValue().period().end())) {
                counts.merge(period.getValue(), 1L, Long::sum);
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
