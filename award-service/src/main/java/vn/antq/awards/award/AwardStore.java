package vn.antq.awards.award;

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
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Awards in MongoDB, one document each, holding the award, the request that nominated it
 * and its events (the outbox and the audit trail). Every change is one single-document write. Which award
 * holds a decision number or a recipient's place at a review is kept apart, in {@link AwardClaims}.
 */
@Component
public class AwardStore {

    public static final String COLLECTION = "awards";

    private final AggregateCollection awards;

    public AwardStore(MongoTemplate mongo) {
        this.awards = new AggregateCollection(mongo, COLLECTION, List.of("nominatedBy", "nominatedAt"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("recipientAgency", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("reviewId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("decidedOn", Sort.Direction.DESC));
    }

    static final Recorder.Mapping<Award> MAPPING = new Recorder.Mapping<>(Award::id, Award::version,
            AwardStore::toDocument, AwardStore::fromDocument);

    /** The kit's recording workflow over this collection: create with replay, If-Match, versioned replace. */
    public Recorder<Award> recorder(OutboxRelay relay) {
        return new Recorder<>(awards, MAPPING, relay, "award");
    }

    /** One page of awards matching the filter, most recently nominated first. */
    public List<Award> list(AwardFilter filter, int page, int size) {
        return awards.page(criteria(filter), Sort.Order.desc("nominatedAt"), page, size).stream()
                .map(AwardStore::fromDocument).toList();
    }

    public long count(AwardFilter filter) {
        return awards.count(criteria(filter));
    }

    private static Criteria criteria(AwardFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.agency() != null) {
            parts.add(where("recipientAgency").is(filter.agency()));
        }
        if (filter.localityCode() != null) {
            parts.add(where(StoreDocuments.localityField(filter.localityCode())).is(filter.localityCode()));
        }
        if (filter.form() != null) {
            parts.add(where("form").is(filter.form().name()));
        }
        if (filter.status() != null) {
            parts.add(where("status").is(filter.status().name()));
        }
        if (filter.recipientType() != null) {
            parts.add(where("recipientType").is(filter.recipientType().name()));
        }
        if (filter.reviewId() != null) {
            parts.add(where("reviewId").is(filter.reviewId()));
        }
        if (filter.decidedFrom() != null) {
            parts.add(where("decidedOn").gte(filter.decidedFrom().toString()));
        }
        if (filter.decidedTo() != null) {
            parts.add(where("decidedOn").lte(filter.decidedTo().toString()));
        }
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Award award) {
        AwardDetails d = award.details();
        Decision decision = award.decision();
        return new Document("_id", award.id())
                .append("version", award.version())
                .append("form", d.form().name())
                .append("recipientType", d.recipientType().name())
                .append("recipientName", d.recipientName())
                .append("recipientAgency", d.recipientAgency())
                .append("locality", StoreDocuments.toDocument(d.locality()))
                .append("localityAsOf", d.localityAsOf().toString())
                .append("reviewId", d.reviewId())
                .append("citation", d.citation())
                .append("activityIds", d.activityIds())
                .append("modelIds", d.modelIds())
                .append("status", award.status().name())
                .append("issuer", decision == null ? null : decision.issuer())
                .append("decisionNo", decision == null ? null : decision.decisionNo())
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("decidedOn", decision == null ? null : decision.decidedOn().toString())
                .append("reason", award.reason())
                .append("nominatedBy", award.nominatedBy())
                .append("nominatedAt", Date.from(award.nominatedAt()))
                .append("updatedAt", Date.from(award.updatedAt()));
    }

    static Award fromDocument(Document doc) {
        AwardDetails details = new AwardDetails(
                AwardForm.valueOf(doc.getString("form")),
                RecipientType.valueOf(doc.getString("recipientType")),
                doc.getString("recipientName"),
                doc.getString("recipientAgency"),
                StoreDocuments.locality(doc.get("locality", Document.class)),
                LocalDate.parse(doc.getString("localityAsOf")),
                doc.getString("reviewId"),
                doc.getString("citation"),
                doc.getList("activityIds", String.class),
                doc.getList("modelIds", String.class));
        String decidedOn = doc.getString("decidedOn");
        Decision decision = decidedOn == null ? null
                : new Decision(doc.getString("issuer"), doc.getString("decisionNo"), LocalDate.parse(decidedOn));
        return new Award(doc.getString("_id"), ((Number) doc.get("version")).longValue(), details,
                AwardStatus.valueOf(doc.getString("status")), decision, doc.getString("reason"),
                doc.getString("nominatedBy"), StoreDocuments.instant(doc, "nominatedAt"),
                StoreDocuments.instant(doc, "updatedAt"));
    }
}
