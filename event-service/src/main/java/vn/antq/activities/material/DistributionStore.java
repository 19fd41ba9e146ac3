package vn.antq.activities.material;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Distributions of materials in MongoDB, one document each, holding the distribution, the request that created it and
 * its events (the outbox, read by the relay, and the audit trail). Every change is one single-document write.
 */
@Component
public class DistributionStore {

    public static final String COLLECTION = "distributions";

    static final Recorder.Mapping<Distribution> MAPPING = new Recorder.Mapping<>(Distribution::id,
            Distribution::version, DistributionStore::toDocument, DistributionStore::fromDocument);

    private final AggregateCollection distributions;

    public DistributionStore(MongoTemplate mongo) {
        this.distributions = new AggregateCollection(mongo, COLLECTION,
                List.of("recordedBy", "recordedAt", IdempotentRequest.CREATION));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("materialId", Sort.Direction.ASC)
                .on("receivedOn", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agency", Sort.Direction.ASC)
                .on("receivedOn", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("unit.district", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("unit.commune", Sort.Direction.ASC));
    }

    /** The kit's recording workflow over this collection: create with replay, If-Match, versioned replace. */
    public Recorder<Distribution> recorder(OutboxRelay relay) {
        return new Recorder<>(distributions, MAPPING, relay, "distribution");
    }

    /** One page of distributions matching the filter, newest (by day of receipt) first. */
    public List<Distribution> list(DistributionFilter filter, int page, int size) {
        return distributions.page(criteria(filter), Sort.Order.desc("receivedOn"), page, size).stream()
                .map(DistributionStore::fromDocument).toList();
    }

    public long count(DistributionFilter filter) {
        return distributions.count(criteria(filter));
    }

    private static Criteria criteria(DistributionFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.materialId() != null) {
            parts.add(where("materialId").is(filter.materialId()));
        }
        if (filter.agency() != null) {
            parts.add(where("agency").is(filter.agency()));
        }
        if (filter.localityCode() != null) {
            // The unit is stored as a locality is; only the name of its field differs.
            parts.add(where("unit" + StoreDocuments.localityField(filter.localityCode()).substring("locality".length()))
                    .is(filter.localityCode()));
        }
        if (filter.from() != null) {
            parts.add(where("receivedOn").gte(filter.from().toString()));
        }
        if (filter.to() != null) {
            parts.add(where("receivedOn").lte(filter.to().toString()));
        }
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Distribution distribution) {
        DistributionDetails d = distribution.details();
        return new Document("_id", distribution.id())
                .append("version", distribution.version())
                .append("materialId", d.materialId())
                .append("agency", d.agency())
                .append("unit", StoreDocuments.toDocument(d.unit()))
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("receivedOn", d.receivedOn().toString())
                .append("copies", d.copies())
                .append("digital", d.digital())
                .append("cancelled", distribution.cancelled())
                .append("recordedBy", distribution.recordedBy())
                .append("recordedAt", Date.from(distribution.recordedAt()))
                .append("updatedAt", Date.from(distribution.updatedAt()));
    }

    static Distribution fromDocument(Document doc) {
        DistributionDetails details = new DistributionDetails(
                doc.getString("materialId"),
                doc.getString("agency"),
                StoreDocuments.locality(doc.get("unit", Document.class)),
                LocalDate.parse(doc.getString("receivedOn")),
                number(doc, "copies"),
                Boolean.TRUE.equals(doc.getBoolean("digital")));
        return new Distribution(doc.getString("_id"), number(doc, "version"), details,
                Boolean.TRUE.equals(doc.getBoolean("cancelled")), doc.getString("recordedBy"),
                StoreDocuments.instant(doc, "recordedAt"), StoreDocuments.instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
